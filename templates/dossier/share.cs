<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/dossiers/<?cs var:Dossier.id ?>">Dossier <?cs var:Dossier.id ?></a></p>
<h1>Delen voor een overleg <span class="subtitle"><?cs var:Dossier.type ?>, <?cs var:Dossier.pupil ?></span></h1>
<?cs call:error_summary() ?>
<p>De gast krijgt twee e-mails: één met een link en één met een code. Met allebei ziet de gast alleen wat u hieronder aankruist, tot en met de dag die u kiest. U kunt het delen altijd eerder intrekken. De e-mails noemen de naam van de leerling niet.</p>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/delen" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("naam", "Naam van de gast", "text", "", "off", "l") ?>
 <?cs call:input("email", "E-mailadres van de gast", "email", "", "off", "l") ?>
 <?cs call:field_start("relatie", "Wie is de gast", "") ?>
  <select class="select" id="f-relatie" name="relatie"<?cs call:described("relatie", "") ?>>
   <?cs call:option("relatie", "", "Kies…") ?>
   <?cs each:rel = Relations ?><?cs call:option("relatie", rel.key, rel.label) ?><?cs /each ?>
  </select>
 </div>
 <?cs call:input("tot", "Tot en met", "date", Share.until_hint, "off", "s") ?>
 <fieldset class="field fieldset--inner<?cs if:Field.delen.error ?> field--invalid<?cs /if ?>" id="f-delen">
  <legend class="field__label">Wat ziet de gast</legend>
  <p class="field__hint">Deel alleen wat nodig is voor het overleg.</p>
  <?cs if:Field.delen.error ?><p class="field__error"><span class="visually-hidden">Fout: </span><?cs var:Field.delen.error ?></p><?cs /if ?>
  <p class="fieldset__sub">Onderdelen van de aanvraag</p>
  <?cs each:s = Sections ?><div class="choice"><input class="checkbox" type="checkbox" id="f-deel-<?cs var:s.key ?>" name="deel-<?cs var:s.key ?>" value="1"<?cs if:s.checked == "1" ?> checked<?cs /if ?>><label for="f-deel-<?cs var:s.key ?>"><?cs var:s.title ?></label></div><?cs /each ?>
  <p class="fieldset__sub">Documenten</p>
  <?cs if:subcount(ShareDocs) > 0 ?>
  <?cs each:doc = ShareDocs ?><div class="choice"><input class="checkbox" type="checkbox" id="f-doc-<?cs var:doc.id ?>" name="doc-<?cs var:doc.id ?>" value="1"<?cs if:doc.checked == "1" ?> checked<?cs /if ?>><label for="f-doc-<?cs var:doc.id ?>"><?cs var:doc.file_name ?><?cs if:doc.description ?> <span class="muted">(<?cs var:doc.description ?>)</span><?cs /if ?></label></div><?cs /each ?>
  <?cs else ?><p class="muted">Dit dossier heeft geen documenten.</p><?cs /if ?>
 </fieldset>
 <button type="submit" class="button button--primary">Uitnodiging versturen</button>
 <a class="button button--link" href="/dossiers/<?cs var:Dossier.id ?>#delen">Annuleren</a>
</form>
<?cs include:"partials/footer.cs" ?>
