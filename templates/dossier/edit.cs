<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?><?cs include:"dossier/answers.cs" ?>
<p class="breadcrumb"><a href="/dossiers/<?cs var:Dossier.id ?>">Dossier <?cs var:Dossier.id ?></a></p>
<h1><?cs var:Dossier.type ?> <span class="subtitle"><?cs var:Dossier.pupil ?>, <?cs var:Dossier.school ?></span></h1>
<?cs call:error_summary() ?>
<p>U kunt tussendoor opslaan en later verder gaan. Bij indienen controleren we of alle verplichte vragen zijn beantwoord.</p>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/invullen" novalidate>
 <?cs call:csrf() ?>
 <?cs # Enter in a text box presses the first button: let that be a plain save ?>
 <button type="submit" name="action" value="opslaan" class="visually-hidden" tabindex="-1" aria-hidden="true">Opslaan</button>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:answers_edit() ?>
 <div class="actions" id="f-step">
  <button type="submit" name="action" value="opslaan" class="button button--secondary">Opslaan als concept</button>
  <?cs each:s = Steps ?><button type="submit" name="action" value="<?cs var:s.key ?>" class="button button--primary">Opslaan en <?cs var:s.label ?></button><?cs /each ?>
  <a class="button button--link" href="/dossiers/<?cs var:Dossier.id ?>">Terug naar het dossier</a>
 </div>
</form>
<script src="/static/showif.js" defer></script>
<?cs include:"partials/footer.cs" ?>
