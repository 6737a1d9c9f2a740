<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Code invullen</h1>
<?cs call:error_summary() ?>
<p>Welkom, <?cs var:Link.name ?>. U hebt twee e-mails gekregen: één met de link die u net opende en één met een code van zes cijfers. Vul die code hieronder in.</p>
<form method="post" action="/gast/<?cs var:Link.token ?>" novalidate>
 <?cs call:csrf() ?>
 <?cs call:field_start("code", "Code uit de tweede e-mail", "Zes cijfers. De code werkt één keer.") ?>
  <input class="input input--s" id="f-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" value="<?cs var:Field.code.value ?>"<?cs call:described("code", "Zes cijfers. De code werkt één keer.") ?>>
 </div>
 <button type="submit" class="button button--primary">Dossier openen</button>
</form>
<h2>Geen code, of werkt de code niet meer?</h2>
<p>Een code werkt één keer. Wilt u het dossier later nog eens bekijken, vraag dan een nieuwe code aan. Die sturen we naar het e-mailadres waarop u de uitnodiging kreeg.</p>
<form method="post" action="/gast/<?cs var:Link.token ?>/code">
 <?cs call:csrf() ?>
 <button type="submit" class="button button--secondary">Stuur mij een nieuwe code</button>
</form>
<?cs include:"partials/footer.cs" ?>
