<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Formulieren</h1>
<p class="lead">Per soort dossier het aanvraagformulier en de stappen. Elke wijziging is een nieuwe versie: nieuwe dossiers krijgen die, lopende dossiers houden de versie waarmee ze zijn begonnen.</p>
<?cs call:error_summary() ?>
<table class="table">
 <caption>Soorten dossiers (<?cs var:subcount(Types) ?>)</caption>
 <thead><tr><th scope="col">Soort</th><th scope="col">Huidige versie</th><th scope="col">Dossiers</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr></thead>
 <tbody><?cs each:t = Types ?><tr>
  <td><?cs if:t.version_no ?><a href="/beheer/formulieren/<?cs var:t.id ?>"><?cs var:t.name ?></a><?cs else ?><?cs var:t.name ?><?cs /if ?></td>
  <td><?cs if:t.version_no ?>Versie <?cs var:t.version_no ?><br><span class="muted"><?cs var:t.created_at ?><?cs if:t.who ?>, <?cs var:t.who ?><?cs /if ?></span><?cs else ?>Nog geen formulier<?cs /if ?></td>
  <td><?cs var:t.dossiers ?></td>
  <td><?cs if:t.version_no ?><a href="/beheer/formulieren/<?cs var:t.id ?>/export.json" download>Downloaden<span class="visually-hidden"> <?cs var:t.name ?></span> (JSON)</a><?cs /if ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs if:subcount(Types) == 0 ?><p>Er zijn nog geen formulieren.</p><?cs /if ?>

<h2>Formulier inlezen</h2>
<p>Lees een formulier in dat als JSON-bestand is gedownload, hier of bij een ander samenwerkingsverband. Een formulier met een bestaande sleutel wordt een nieuwe versie van die soort; een nieuwe sleutel maakt een nieuwe soort dossier.</p>
<form method="post" action="/beheer/formulieren" enctype="multipart/form-data" novalidate>
 <?cs call:csrf() ?>
 <div class="field<?cs if:Field.bestand.error ?> field--invalid<?cs /if ?>">
  <label class="field__label" for="f-bestand">JSON-bestand</label>
  <p class="field__hint" id="f-bestand-hint">Hoogstens 512 kB.<?cs if:Field.bestand.error ?> Kies het bestand opnieuw.<?cs /if ?></p>
  <?cs if:Field.bestand.error ?><p class="field__error" id="f-bestand-error"><span class="visually-hidden">Fout: </span><?cs var:Field.bestand.error ?></p><?cs /if ?>
  <input class="file" id="f-bestand" name="bestand" type="file" accept=".json,application/json"<?cs call:described("bestand", "x") ?>>
 </div>
 <button type="submit" class="button button--primary">Inlezen</button>
</form>
<?cs include:"partials/footer.cs" ?>
