<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/dossiers/<?cs var:Dossier.id ?>">Dossier <?cs var:Dossier.id ?></a></p>
<h1><?cs if:Advice.slot == "1" ?>Eerste<?cs else ?>Tweede<?cs /if ?> advies <span class="subtitle"><?cs var:Dossier.type ?>, <?cs var:Dossier.pupil ?></span></h1>
<?cs call:error_summary() ?>
<?cs if:Advice.signed_at ?>
<p>U heeft dit advies ondertekend op <?cs var:Advice.signed_at ?>, als <?cs var:Advice.profession ?>. Het kan niet meer veranderen.</p>
<p class="pre"><?cs var:Advice.body ?></p>
<p><a class="button button--secondary" href="/dossiers/<?cs var:Dossier.id ?>#adviezen">Terug naar het dossier</a></p>
<?cs else ?>
<p>Schrijf uw advies vanuit uw eigen deskundigheid, over de huidige situatie van de leerling. Het andere advies ziet u pas nadat u het uwe heeft ondertekend. Tot het ondertekenen ziet alleen u deze tekst; daarna kan het advies niet meer veranderen.</p>
<?cs if:Advice.may_sign != "1" ?><p class="notice notice--warning">U staat <?cs if:Advice.profession ?>als <?cs var:Advice.profession ?> <?cs else ?>zonder beroep <?cs /if ?>geregistreerd en kunt dit advies daarom niet ondertekenen. Vraag de beheerder uw beroep vast te leggen, of het SWV een andere deskundige toe te wijzen.</p><?cs /if ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/advies" novalidate>
 <?cs call:csrf() ?>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:field_start("body", "Advies", "Uw onderbouwing en uw advies over de toelaatbaarheid, het soort onderwijs en de duur.") ?>
  <textarea class="textarea" id="f-body" name="body" rows="16"<?cs call:described("body", "x") ?>><?cs var:Field.body.value ?></textarea>
 </div>
 <button type="submit" name="action" value="opslaan" class="button button--secondary">Opslaan als concept</button>
 <?cs if:Advice.may_sign == "1" ?><button type="submit" name="action" value="ondertekenen" class="button button--primary">Ondertekenen als <?cs var:Advice.profession ?></button><?cs /if ?>
</form>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
