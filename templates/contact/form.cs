<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs def:row_error(name) ?><?cs if:Field[name].error ?><p class="field__error" id="f-<?cs var:name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[name].error ?></p><?cs /if ?><?cs /def ?>
<h1>Contact met het samenwerkingsverband</h1>
<p class="lead">Heeft u een vraag over passend onderwijs voor een kind, of over onze werkwijze? Stuur ons een bericht. U krijgt een bevestiging per e-mail met een kenmerk, en een medewerker neemt contact met u op.</p>
<p>Schrijf alleen wat nodig is om uw vraag te begrijpen. Medische gegevens of verslagen kunt u beter niet meesturen; daar vragen wij om als het nodig is.</p>
<?cs call:error_summary() ?>
<form method="post" action="/contact" novalidate>
 <?cs call:csrf() ?>
 <fieldset class="fieldset<?cs if:Field.wie.error ?> field--invalid<?cs /if ?>" id="f-wie">
  <legend class="fieldset__legend">Wie bent u?</legend>
  <?cs call:row_error("wie") ?>
  <?cs each:k = Kinds ?><div class="choice">
   <input class="radio" type="radio" id="f-wie-<?cs var:k.key ?>" name="wie" value="<?cs var:k.key ?>"<?cs if:Field.wie.value == k.key ?> checked<?cs /if ?><?cs if:Field.wie.error ?> aria-describedby="f-wie-error"<?cs /if ?>>
   <label for="f-wie-<?cs var:k.key ?>"><?cs var:k.label ?></label>
  </div><?cs /each ?>
 </fieldset>
 <?cs call:input("naam", "Naam", "text", "", "name", "l") ?>
 <?cs call:input("email", "E-mailadres", "email", "Hierop krijgt u de bevestiging en ons antwoord.", "email", "l") ?>
 <?cs call:input("telefoon", "Telefoonnummer (niet verplicht)", "tel", "Als u liever gebeld wordt.", "tel", "m") ?>
 <?cs call:input("school", "School (niet verplicht)", "text", "De school van het kind, of uw school.", "organization", "l") ?>
 <?cs call:input("kind", "Voornaam van het kind (niet verplicht)", "text", "Alleen de voornaam.", "off", "m") ?>
 <?cs call:input("geboortejaar", "Geboortejaar van het kind (niet verplicht)", "text", "Bijvoorbeeld 2016.", "off", "s") ?>
 <?cs call:input("onderwerp", "Onderwerp", "text", "", "off", "l") ?>
 <?cs call:field_start("vraag", "Uw vraag of bericht", "Hoogstens 5000 tekens.") ?>
  <textarea class="textarea" id="f-vraag" name="vraag" rows="8"<?cs call:described("vraag", "x") ?>><?cs var:Field.vraag.value ?></textarea>
 </div>
 <div class="contact__hp" aria-hidden="true">
  <label for="f-website">Laat dit veld leeg</label>
  <input id="f-website" name="website" type="text" value="" tabindex="-1" autocomplete="off">
 </div>
 <?cs call:checkbox("toestemming", "Ik geef het samenwerkingsverband toestemming mijn gegevens te gebruiken om mijn vraag te beantwoorden.", "Wij gebruiken uw gegevens alleen daarvoor, en verwijderen ze een jaar nadat uw vraag is afgehandeld.") ?>
 <?cs if:Contact.privacy ?><p class="field__hint"><a href="<?cs var:Contact.privacy ?>" target="_blank" rel="noopener">Lees onze privacyverklaring (opent in een nieuw venster)</a></p><?cs /if ?>
 <button type="submit" class="button button--primary">Bericht versturen</button>
</form>
<?cs include:"partials/footer.cs" ?>
