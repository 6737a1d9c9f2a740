<?cs set:Page.section = "tlv" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/tlv">Toelaatbaarheidsverklaringen</a></p>
<h1><?cs var:Tlv.0.number ?> <span class="subtitle"><?cs var:Tlv.0.pupil ?></span></h1>
<?cs call:error_summary() ?>
<dl class="facts">
 <dt>Leerling</dt><dd><?cs var:Tlv.0.pupil ?>, geboren <?cs var:Tlv.0.birth_date ?></dd>
 <dt>Aangevraagd door</dt><dd><?cs var:Tlv.0.from_school ?></dd>
 <dt>Soort onderwijs</dt><dd><?cs var:Tlv.0.kind ?></dd>
 <?cs if:Tlv.0.category ?><dt>Bekostigingscategorie</dt><dd><?cs var:Tlv.0.category ?></dd><?cs /if ?>
 <dt>Geldig</dt><dd><?cs var:Tlv.0.start_date ?> tot en met <?cs var:Tlv.0.end_date ?></dd>
 <dt>Gericht aan</dt><dd><?cs var:Tlv.0.school ?></dd>
 <dt>Besluit</dt><dd><?cs var:Tlv.0.decided_at ?></dd>
</dl>
<p><a class="button button--secondary" href="/tlv/<?cs var:Tlv.0.id ?>/tlv.pdf">Toelaatbaarheidsverklaring downloaden (PDF)</a></p>
<h2 id="plaatsing">Plaatsing</h2>
<?cs if:Tlv.0.placed_on ?>
<p>Geplaatst per <strong><?cs var:Tlv.0.placed_on ?></strong>. Bevestigd door <?cs var:Tlv.0.placed_by ?> op <?cs var:Tlv.0.placed_at ?>.</p>
<?cs elif:Tlv.0.placed_elsewhere != "0" ?>
<p>Een andere school heeft de plaatsing van deze leerling bevestigd.</p>
<?cs else ?>
<p>Staat de leerling bij u ingeschreven? Bevestig dan de plaatsing met de datum waarop de leerling bij u begint. Die datum ligt binnen de geldigheid van de TLV.</p>
<form method="post" action="/tlv/<?cs var:Tlv.0.id ?>/plaatsing" class="filter" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("placed_on", "Datum van plaatsing", "date", "", "off", "s") ?>
 <button type="submit" class="button button--primary">Plaatsing bevestigen</button>
</form>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
