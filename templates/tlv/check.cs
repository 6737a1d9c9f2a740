<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Een toelaatbaarheidsverklaring controleren</h1>
<p class="lead">Heeft u een toelaatbaarheidsverklaring (TLV) gekregen? Controleer hier of die echt is en nu geldig. U vult het nummer en de controlecode in die op de verklaring staan. U ziet alleen of de verklaring echt is en wanneer die geldig is, geen andere gegevens.</p>
<?cs if:Check.status ?>
<div class="notice notice--<?cs if:Check.status == "geldig" ?>success<?cs else ?>warning<?cs /if ?>" role="status">
 <h2>De verklaring <?cs var:Check.number ?> is echt</h2>
 <?cs if:Check.status == "geldig" ?><p>Ze is vandaag geldig: van <?cs var:Check.start ?> tot en met <?cs var:Check.end ?>.</p>
 <?cs elif:Check.status == "later" ?><p>Ze is nog niet geldig: ze geldt van <?cs var:Check.start ?> tot en met <?cs var:Check.end ?>.</p>
 <?cs else ?><p>Ze is niet meer geldig: ze gold van <?cs var:Check.start ?> tot en met <?cs var:Check.end ?>.</p><?cs /if ?>
</div>
<h2>Nog een verklaring controleren</h2>
<?cs /if ?>
<?cs call:error_summary() ?>
<form method="post" action="/tlv/controle" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("number", "TLV-nummer", "text", "Bijvoorbeeld TLV-2026-00012.", "off", "m") ?>
 <?cs call:input("code", "Controlecode", "text", "Twaalf letters en cijfers, bijvoorbeeld 7K3M-Q9TX-H2WD.", "off", "m") ?>
 <button type="submit" class="button button--primary">Controleren</button>
</form>
<?cs include:"partials/footer.cs" ?>
