<?cs include:"partials/header.cs" ?><?cs include:"dossier/answers.cs" ?>
<h1><?cs var:Dossier.type ?> <span class="subtitle"><?cs var:Dossier.pupil ?></span></h1>
<div class="instructions"><p><?cs var:Share.by ?> deelt dit deel van het dossier met u tot en met <?cs var:Share.until ?>. U ziet alleen wat met u gedeeld is. Sluit af als u klaar bent.</p></div>
<dl class="facts">
 <dt>Leerling</dt><dd><?cs var:Dossier.pupil ?></dd>
 <dt>School</dt><dd><?cs var:Dossier.school ?></dd>
</dl>
<?cs if:subcount(Form.sections) > 0 ?>
<h2>Aanvraag</h2>
<?cs call:answers_view() ?>
<?cs /if ?>
<h2 id="documenten">Documenten</h2>
<?cs if:subcount(Documents) > 0 ?>
<ul class="plain documents"><?cs each:doc = Documents ?>
 <li><a href="<?cs var:DocHref ?><?cs var:doc.id ?>"><?cs var:doc.file_name ?></a> <span class="muted">(<?cs var:doc.kind ?>, <?cs var:doc.size_label ?>)</span><?cs if:doc.description ?><br><?cs var:doc.description ?><?cs /if ?></li>
<?cs /each ?></ul>
<?cs else ?><p>Er zijn geen documenten met u gedeeld.</p><?cs /if ?>
<?cs include:"partials/footer.cs" ?>
