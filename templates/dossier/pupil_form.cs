<?cs set:Page.section = "pupils" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/leerlingen">Leerlingen</a></p>
<h1><?cs var:Page.title ?></h1>
<?cs call:error_summary() ?>
<?cs if:subcount(Duplicates) > 0 ?>
<section class="panel" aria-labelledby="dup-title">
 <h2 id="dup-title">Bestaat deze leerling al?</h2>
 <p>Er is al een leerling met deze naam en geboortedatum. Een leerling die van school wisselt, houdt één dossier.</p>
 <ul>
 <?cs each:d = Duplicates ?><li>
  <?cs if:d.id ?><a href="/leerlingen/<?cs var:d.id ?>">Bekijk de leerling bij <?cs var:d.school ?></a>
  <?cs else ?>Ingeschreven bij <?cs var:d.school ?>.
  <form method="post" action="/leerlingen/<?cs var:d.transfer ?>/overschrijven" class="inline-form">
   <?cs call:csrf() ?>
   <input type="hidden" name="school_id" value="<?cs var:Field.school_id.value ?>">
   <input type="hidden" name="first_name" value="<?cs var:Field.first_name.value ?>">
   <input type="hidden" name="last_name" value="<?cs var:Field.last_name.value ?>">
   <input type="hidden" name="birth_date" value="<?cs var:Field.birth_date.value ?>">
   <button type="submit" class="button button--secondary">Dit is dezelfde leerling: overschrijven naar mijn school</button>
  </form><?cs /if ?>
 </li><?cs /each ?>
 </ul>
</section>
<?cs /if ?>
<form method="post" action="<?cs if:PupilForm.new ?>/leerlingen/nieuw<?cs else ?>/leerlingen/<?cs var:PupilForm.id ?>/bewerken<?cs /if ?>" novalidate>
 <?cs call:csrf() ?>
 <?cs if:!PupilForm.new ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>"><?cs /if ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Leerling</legend>
  <?cs call:input("first_name", "Voornaam", "text", "", "off", "m") ?>
  <?cs call:input("name_prefix", "Tussenvoegsel (optioneel)", "text", "", "off", "s") ?>
  <?cs call:input("last_name", "Achternaam", "text", "", "off", "m") ?>
  <?cs call:input("birth_date", "Geboortedatum", "date", "Bijvoorbeeld 2015-03-21.", "off", "s") ?>
  <?cs call:field_start("gender", "Geslacht (optioneel)", "") ?>
   <select class="select" id="f-gender" name="gender"<?cs call:described("gender", "") ?>>
    <?cs call:option("gender", "", "Niet opgegeven") ?>
    <?cs call:option("gender", "jongen", "Jongen") ?>
    <?cs call:option("gender", "meisje", "Meisje") ?>
    <?cs call:option("gender", "anders", "Anders") ?>
   </select>
  </div>
  <?cs call:input("grade", "Groep of leerjaar (optioneel)", "text", "Bijvoorbeeld groep 6 of leerjaar 2.", "off", "s") ?>
  <?cs if:subcount(Schools) == 1 ?><input type="hidden" name="school_id" value="<?cs var:Schools.0.id ?>"><p>School: <?cs var:Schools.0.name ?></p>
  <?cs else ?>
  <?cs call:field_start("school_id", "School", "") ?>
   <select class="select" id="f-school_id" name="school_id"<?cs call:described("school_id", "") ?>>
    <?cs call:option("school_id", "", "Kies…") ?>
    <?cs each:s = Schools ?><?cs call:option("school_id", s.id, s.name) ?><?cs /each ?>
   </select>
  </div>
  <?cs /if ?>
  <?cs call:input("school_number", "Leerlingnummer van de school (optioneel)", "text", "Het eigen nummer uit uw leerlingadministratie. Vul nooit een BSN in.", "off", "m") ?>
 </fieldset>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Ouders of verzorgers (optioneel)</legend>
  <?cs call:input("parent1_name", "Naam ouder/verzorger 1", "text", "", "off", "l") ?>
  <?cs call:input("parent1_email", "E-mailadres ouder/verzorger 1", "email", "", "off", "l") ?>
  <?cs call:input("parent1_phone", "Telefoon ouder/verzorger 1", "tel", "", "off", "m") ?>
  <?cs call:input("parent2_name", "Naam ouder/verzorger 2", "text", "", "off", "l") ?>
  <?cs call:input("parent2_email", "E-mailadres ouder/verzorger 2", "email", "", "off", "l") ?>
  <?cs call:input("parent2_phone", "Telefoon ouder/verzorger 2", "tel", "", "off", "m") ?>
 </fieldset>
 <?cs if:PupilForm.new && subcount(Duplicates) > 0 ?><?cs call:checkbox("other_pupil", "Het is een andere leerling: toch toevoegen", "") ?><?cs /if ?>
 <button type="submit" class="button button--primary">Opslaan</button>
 <a class="button button--link" href="<?cs if:PupilForm.new ?>/leerlingen<?cs else ?>/leerlingen/<?cs var:PupilForm.id ?><?cs /if ?>">Annuleren</a>
</form>
<?cs include:"partials/footer.cs" ?>
