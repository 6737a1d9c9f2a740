<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?>
<p class="breadcrumb"><a href="/beheer/formulieren">Formulieren</a></p>
<h1><?cs var:Type.0.name ?> <span class="subtitle">Versie <?cs var:Type.0.version_no ?>, sleutel <?cs var:Type.0.tkey ?></span></h1>
<p><a class="button button--secondary" href="/beheer/formulieren/<?cs var:Type.0.id ?>/export.json" download>Downloaden (JSON)</a></p>

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
   <td><?cs var:f.help ?><?cs if:f.if ?><?cs if:f.help ?><br><?cs /if ?><em><?cs var:f.if ?></em><?cs /if ?></td>
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
  <td><?cs var:t.roles ?></td><td><?cs var:t.checks ?></td><td><?cs var:t.notify ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs include:"partials/footer.cs" ?>
