<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs with:t = Type.0 ?>
<p class="breadcrumb"><?cs if:t.current == "1" ?><a href="/beheer/formulieren">Formulieren</a><?cs else ?><a href="/beheer/formulieren/<?cs var:t.id ?>"><?cs var:t.name ?>: huidige versie</a><?cs /if ?></p>
<h1><?cs var:t.name ?> <span class="subtitle">Versie <?cs var:t.version_no ?>, sleutel <?cs var:t.tkey ?></span></h1>
<?cs call:error_summary() ?>
<?cs if:t.current == "1" ?>
<div class="panel">
 <p><?cs if:t.active == "1" ?>Scholen kunnen dossiers van deze soort starten.<?cs else ?><strong>Uitgeschakeld:</strong> er kunnen geen nieuwe dossiers van deze soort worden gestart. Lopende dossiers gaan gewoon door.<?cs /if ?></p>
 <form method="post" action="/beheer/formulieren/<?cs var:t.id ?>/actief">
  <?cs call:csrf() ?><input type="hidden" name="actief" value="<?cs if:t.active == "1" ?>0<?cs else ?>1<?cs /if ?>">
  <button type="submit" class="button button--secondary"><?cs if:t.active == "1" ?>Uitschakelen<?cs else ?>Inschakelen<?cs /if ?></button>
 </form>
</div>
<div class="actions">
 <?cs if:Draft.0.who ?><a class="button button--primary" href="/beheer/formulieren/<?cs var:t.id ?>/concept">Concept verder bewerken</a>
 <?cs else ?><form method="post" action="/beheer/formulieren/<?cs var:t.id ?>/concept" class="inline-form"><?cs call:csrf() ?><button type="submit" class="button button--primary">Formulier wijzigen</button></form><?cs /if ?>
 <a class="button button--secondary" href="/beheer/formulieren/<?cs var:t.id ?>/export.json" download>Downloaden (JSON)</a>
</div>
<?cs if:Draft.0.who ?><p class="muted">Er is een concept met wijzigingen, het laatst bewerkt door <?cs var:Draft.0.who ?> op <?cs var:Draft.0.updated_at ?>. Het geldt pas als het is gepubliceerd.</p><?cs /if ?>
<?cs else ?>
<div class="notice"><p>Dit is een oudere versie. Dossiers die met deze versie zijn begonnen, houden haar.</p></div>
<p><a class="button button--secondary" href="/beheer/formulieren/<?cs var:t.id ?>/versies/<?cs var:t.version_no ?>/export.json" download>Versie <?cs var:t.version_no ?> downloaden (JSON)</a></p>
<?cs /if ?>

<h2>Aanvraagformulier</h2>
<?cs each:s = Def.sections ?>
<section class="section" aria-labelledby="sec-<?cs var:s.key ?>">
 <h3 id="sec-<?cs var:s.key ?>"><?cs var:s.title ?></h3>
 <?cs if:s.instructions ?><div class="instructions"><p class="pre"><?cs var:s.instructions ?></p></div><?cs /if ?>
 <table class="table table--fixed">
  <caption class="visually-hidden">Vragen van <?cs var:s.title ?></caption>
  <colgroup><col class="col--wide"><col class="col--mid"><col class="col--narrow"><col class="col--wide"></colgroup>
  <thead><tr><th scope="col">Vraag</th><th scope="col">Soort</th><th scope="col">Verplicht</th><th scope="col">Toelichting</th></tr></thead>
  <tbody><?cs each:f = s.fields ?><tr>
   <td><?cs var:f.label ?><br><span class="muted"><?cs var:f.key ?></span></td>
   <td><?cs var:f.type ?><?cs if:f.options ?><br><span class="muted"><?cs var:f.options ?></span><?cs /if ?></td>
   <td><?cs if:f.required == "1" ?>Ja<?cs else ?>Nee<?cs /if ?></td>
   <td><?cs var:f.help ?><?cs if:f.if ?><?cs if:f.help ?><br><?cs /if ?><em><?cs var:f.if ?></em><?cs /if ?><?cs if:f.signal ?><?cs if:f.help || f.if ?><br><?cs /if ?><?cs var:f.signal ?><?cs /if ?></td>
  </tr><?cs /each ?></tbody>
 </table>
</section>
<?cs /each ?>

<h2>Stappen</h2>
<table class="table">
 <caption>Statussen</caption>
 <thead><tr><th scope="col">Status</th><th scope="col">Begin of einde</th><th scope="col">School mag wijzigen</th><th scope="col">Signaal na</th></tr></thead>
 <tbody><?cs each:st = Def.states ?><tr>
  <td><?cs var:st.label ?></td><td><?cs var:st.kind ?></td>
  <td><?cs if:st.school_edits == "1" ?>Ja<?cs else ?>Nee<?cs /if ?></td>
  <td><?cs if:st.signal_days > 0 ?><?cs var:st.signal_days ?> dagen<?cs /if ?></td>
 </tr><?cs /each ?></tbody>
</table>
<table class="table">
 <caption>Stappen</caption>
 <thead><tr><th scope="col">Knop</th><th scope="col">Van</th><th scope="col">Naar</th><th scope="col">Wie</th><th scope="col">Voorwaarden</th><th scope="col">Bericht aan</th></tr></thead>
 <tbody><?cs each:t = Def.transitions ?><tr>
  <td><?cs var:t.label ?></td><td><?cs var:t.from ?></td><td><?cs var:t.to ?></td>
  <td><?cs var:t.roles ?></td><td><?cs var:t.checks ?><?cs if:t.when ?><?cs if:t.checks ?>; <?cs /if ?><?cs var:t.when ?><?cs /if ?></td><td><?cs var:t.notify ?></td>
 </tr><?cs /each ?></tbody>
</table>

<h2>Versies</h2>
<table class="table">
 <caption class="visually-hidden">Versies van <?cs var:t.name ?></caption>
 <thead><tr><th scope="col">Versie</th><th scope="col">Gemaakt</th><th scope="col">Dossiers</th></tr></thead>
 <tbody><?cs each:v = Versions ?><tr>
  <td><?cs if:v.version_no == t.version_no ?>Versie <?cs var:v.version_no ?> <span class="muted">(deze pagina)</span><?cs else ?><a href="/beheer/formulieren/<?cs var:t.id ?>/versies/<?cs var:v.version_no ?>">Versie <?cs var:v.version_no ?></a><?cs /if ?><?cs if:first(v) ?> <span class="status">Huidig</span><?cs /if ?></td>
  <td><?cs var:v.created_at ?><?cs if:v.who ?>, <?cs var:v.who ?><?cs /if ?></td>
  <td><?cs var:v.dossiers ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs /with ?>
<?cs include:"partials/footer.cs" ?>
