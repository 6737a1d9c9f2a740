<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs # A button that posts one action on a section or question of the draft. ?>
<?cs def:act(path, action, label, what) ?><form method="post" action="<?cs var:path ?>/actie" class="inline-form"><?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Draft.0.version ?>"><input type="hidden" name="actie" value="<?cs var:action ?>"><button type="submit" class="button--link"><?cs var:label ?><span class="visually-hidden">: <?cs var:what ?></span></button></form><?cs /def ?>
<?cs def:refusal(anchor) ?><?cs if:Field[anchor].error ?><p class="field__error"><span class="visually-hidden">Fout: </span><?cs var:Field[anchor].error ?></p><?cs /if ?><?cs /def ?>
<?cs with:d = Draft.0 ?>
<p class="breadcrumb"><a href="/beheer/formulieren/<?cs var:d.id ?>"><?cs var:d.name ?></a></p>
<h1>Formulier wijzigen <span class="subtitle"><?cs var:d.name ?>: concept op basis van versie <?cs var:d.based_no ?></span></h1>
<?cs if:subcount(Errors) > 0 ?>
<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
 <h2 id="error-summary-title" class="error-summary__title">Dit kan niet</h2>
 <ul class="error-summary__list"><?cs each:e = Errors ?><li><a href="#<?cs var:e.field ?>"><?cs var:e.msg ?></a></li><?cs /each ?></ul>
</div>
<?cs /if ?>
<?cs if:d.outdated == "1" ?><div class="notice" role="status"><p>Na het begin van dit concept is versie <?cs var:d.current_no ?> gepubliceerd. Dit concept kan daarom niet meer worden gepubliceerd; gooi het weg en begin opnieuw.</p></div><?cs /if ?>
<p class="lead">Wijzigingen gelden pas als het concept is gepubliceerd. Dan krijgen nieuwe dossiers het nieuwe formulier; lopende dossiers houden hun versie.</p>
<p class="muted">Laatst bewerkt door <?cs var:d.who ?> op <?cs var:d.updated_at ?>. De stappen (statussen en knoppen) blijven zoals in versie <?cs var:d.based_no ?>.</p>

<div id="secties">
<?cs each:s = Def.sections ?>
<section class="section" id="s-<?cs var:s.key ?>" aria-labelledby="h-<?cs var:s.key ?>">
 <h2 id="h-<?cs var:s.key ?>"><?cs var:s.title ?></h2>
 <?cs call:refusal("s-" + s.key) ?>
 <?cs if:s.instructions ?><div class="instructions"><p class="pre"><?cs var:s.instructions ?></p></div><?cs /if ?>
 <div class="actions">
  <a href="<?cs var:d.base ?>/secties/<?cs var:s.key ?>">Sectie wijzigen<span class="visually-hidden">: <?cs var:s.title ?></span></a>
  <?cs if:!first(s) ?><?cs call:act(d.base + "/secties/" + s.key, "omhoog", "Sectie omhoog", s.title) ?><?cs /if ?>
  <?cs if:!last(s) ?><?cs call:act(d.base + "/secties/" + s.key, "omlaag", "Sectie omlaag", s.title) ?><?cs /if ?>
  <?cs if:subcount(s.fields) == 0 && subcount(Def.sections) > 1 ?><?cs call:act(d.base + "/secties/" + s.key, "verwijderen", "Sectie verwijderen", s.title) ?><?cs /if ?>
 </div>
 <?cs if:subcount(s.fields) > 0 ?>
 <table class="table table--fixed">
  <caption class="visually-hidden">Vragen van <?cs var:s.title ?></caption>
  <colgroup><col class="col--wide"><col class="col--narrow"><col class="col--narrow"><col class="col--mid"></colgroup>
  <thead><tr><th scope="col">Vraag</th><th scope="col">Soort</th><th scope="col">Verplicht</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr></thead>
  <tbody><?cs each:f = s.fields ?><tr id="v-<?cs var:f.key ?>">
   <td><?cs var:f.label ?><?cs if:f.if ?><br><em class="muted"><?cs var:f.if ?></em><?cs /if ?><?cs call:refusal("v-" + f.key) ?></td>
   <td><?cs var:f.type ?></td>
   <td><?cs if:f.required == "1" ?>Ja<?cs else ?>Nee<?cs /if ?></td>
   <td><div class="actions">
    <a href="<?cs var:d.base ?>/vragen/<?cs var:f.key ?>">Wijzigen<span class="visually-hidden">: <?cs var:f.label ?></span></a>
    <?cs if:!first(s) || !first(f) ?><?cs call:act(d.base + "/vragen/" + f.key, "omhoog", "Omhoog", f.label) ?><?cs /if ?>
    <?cs if:!last(s) || !last(f) ?><?cs call:act(d.base + "/vragen/" + f.key, "omlaag", "Omlaag", f.label) ?><?cs /if ?>
    <?cs call:act(d.base + "/vragen/" + f.key, "verwijderen", "Verwijderen", f.label) ?>
   </div></td>
  </tr><?cs /each ?></tbody>
 </table>
 <?cs else ?><p class="muted">Deze sectie heeft nog geen vragen.</p><?cs /if ?>
 <p><a class="button button--secondary" href="<?cs var:d.base ?>/secties/<?cs var:s.key ?>/vraag-toevoegen">Vraag toevoegen<span class="visually-hidden"> aan <?cs var:s.title ?></span></a></p>
</section>
<?cs /each ?>
<p><a class="button button--secondary" href="<?cs var:d.base ?>/sectie-toevoegen">Sectie toevoegen</a></p>
</div>

<h2>Publiceren</h2>
<p>Publiceer het concept als het formulier klaar is. Het wordt dan versie <?cs var:#d.current_no + 1 ?>.</p>
<div class="actions">
 <form method="post" action="<?cs var:d.base ?>/publiceren" id="publiceren" class="inline-form"><?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:d.version ?>"><button type="submit" class="button button--primary">Publiceren</button></form>
 <form method="post" action="<?cs var:d.base ?>/weggooien" id="weggooien" class="inline-form"><?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:d.version ?>"><button type="submit" class="button button--secondary">Concept weggooien</button></form>
</div>
<?cs call:refusal("publiceren") ?><?cs call:refusal("weggooien") ?>
<?cs /with ?>
<?cs include:"partials/footer.cs" ?>
