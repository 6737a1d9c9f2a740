<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs with:d = Draft.0 ?>
<p class="breadcrumb"><a href="<?cs var:d.base ?>">Concept: <?cs var:d.name ?></a></p>
<h1><?cs var:Page.title ?></h1>
<?cs call:error_summary() ?>
<form method="post" action="<?cs var:d.base ?><?cs if:Section.new == "1" ?>/sectie-toevoegen<?cs else ?>/secties/<?cs var:Section.key ?><?cs /if ?>" novalidate>
 <?cs call:csrf() ?>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:input("titel", "Titel", "text", "Staat boven de sectie, bijvoorbeeld ‘Ondersteuningsbehoefte’.", "", "l") ?>
 <?cs call:field_start("instructies", "Aanwijzingen (optioneel)", "Wat de school moet weten om deze sectie in te vullen. Staat bovenaan de sectie.") ?>
  <textarea class="textarea" id="f-instructies" name="instructies" rows="6"<?cs call:described("instructies", "x") ?>><?cs var:Field.instructies.value ?></textarea>
 </div>
 <div class="actions">
  <button type="submit" class="button button--primary"><?cs if:Section.new == "1" ?>Sectie toevoegen<?cs else ?>Opslaan<?cs /if ?></button>
  <a class="button button--secondary" href="<?cs var:d.base ?>">Annuleren</a>
 </div>
</form>
<?cs /with ?>
<?cs include:"partials/footer.cs" ?>
