<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/dossiers/<?cs var:Dossier.id ?>">Dossier <?cs var:Dossier.id ?></a></p>
<h1>Document toevoegen <span class="subtitle"><?cs var:Dossier.type ?>, <?cs var:Dossier.pupil ?></span></h1>
<?cs call:error_summary() ?>
<p>Iedereen die dit dossier mag zien, kan het document openen. Voeg alleen toe wat nodig is voor deze aanvraag.</p>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/documenten" enctype="multipart/form-data" novalidate>
 <?cs call:csrf() ?>
 <input type="hidden" name="terug" value="<?cs var:Field.terug.value ?>">
 <div class="field<?cs if:Field.bestand.error ?> field--invalid<?cs /if ?>">
  <label class="field__label" for="f-bestand">Bestand</label>
  <p class="field__hint" id="f-bestand-hint">Een PDF, Word-document (.doc of .docx), OpenDocument-tekst (.odt), JPEG- of PNG-afbeelding van hoogstens <?cs var:Upload.max_mb ?> MB.<?cs if:Field.bestand.error ?> Kies het bestand opnieuw.<?cs /if ?></p>
  <?cs if:Field.bestand.error ?><p class="field__error" id="f-bestand-error"><span class="visually-hidden">Fout: </span><?cs var:Field.bestand.error ?></p><?cs /if ?>
  <input class="file" id="f-bestand" name="bestand" type="file" accept=".pdf,.doc,.docx,.odt,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"<?cs call:described("bestand", "x") ?>>
 </div>
 <?cs if:subcount(FileFields) > 0 ?>
 <?cs call:field_start("veld", "Hoort bij", "") ?>
  <select class="select" id="f-veld" name="veld"<?cs call:described("veld", "") ?>>
   <?cs call:option("veld", "", "Algemeen: geen bepaalde vraag") ?>
   <?cs each:ff = FileFields ?><?cs call:option("veld", ff.key, ff.label) ?><?cs /each ?>
  </select>
 </div>
 <?cs /if ?>
 <?cs call:input("omschrijving", "Omschrijving (optioneel)", "text", "Bijvoorbeeld: verslag van het onderzoek, maart 2026.", "off", "l") ?>
 <button type="submit" class="button button--primary">Toevoegen</button>
 <a class="button button--link" href="/dossiers/<?cs var:Dossier.id ?><?cs if:Field.terug.value == "invullen" ?>/invullen<?cs /if ?>">Annuleren</a>
</form>
<?cs include:"partials/footer.cs" ?>
