<?cs set:Page.section = "forms" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs def:row_error(name) ?><?cs if:Field[name].error ?><p class="field__error" id="f-<?cs var:name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[name].error ?></p><?cs /if ?><?cs /def ?>
<?cs with:d = Draft.0 ?>
<?cs if:Question.new == "1" ?><?cs set:action = d.base + "/secties/" + Question.section + "/vraag-toevoegen" ?><?cs else ?><?cs set:action = d.base + "/vragen/" + Question.key ?><?cs /if ?>
<p class="breadcrumb"><a href="<?cs var:d.base ?>">Concept: <?cs var:d.name ?></a></p>
<h1><?cs var:Page.title ?> <span class="subtitle"><?cs if:Question.type ?><?cs var:Question.type_label ?>, <?cs /if ?>sectie ‘<?cs var:Question.section_title ?>’</span></h1>
<?cs call:error_summary() ?>
<?cs if:!Question.type ?>
<form method="get" action="<?cs var:action ?>" novalidate>
 <fieldset class="fieldset<?cs if:Field.soort.error ?> field--invalid<?cs /if ?>">
  <legend class="fieldset__legend">Wat voor soort vraag wordt het?</legend>
  <?cs call:row_error("soort") ?>
  <?cs each:t = Types ?><div class="choice">
   <input class="radio" type="radio" id="f-soort<?cs if:!first(t) ?>-<?cs var:t.key ?><?cs /if ?>" name="soort" value="<?cs var:t.key ?>" aria-describedby="h-soort-<?cs var:t.key ?>">
   <label for="f-soort<?cs if:!first(t) ?>-<?cs var:t.key ?><?cs /if ?>"><?cs var:t.label ?></label>
   <p class="field__hint" id="h-soort-<?cs var:t.key ?>"><?cs var:t.hint ?></p>
  </div><?cs /each ?>
 </fieldset>
 <div class="actions">
  <button type="submit" class="button button--primary">Verder</button>
  <a class="button button--secondary" href="<?cs var:d.base ?>">Annuleren</a>
 </div>
</form>
<?cs else ?>
<form method="post" action="<?cs var:action ?>" novalidate>
 <?cs call:csrf() ?>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <input type="hidden" name="soort" value="<?cs var:Question.type ?>">
 <?cs call:input("vraag", "Vraag", "text", "Zoals de school die leest, bijvoorbeeld ‘Wat is de ondersteuningsvraag?’.", "", "l") ?>
 <?cs if:Question.new == "1" ?>
 <?cs call:input("sleutel", "Sleutel (optioneel)", "text", "De naam van de vraag in JSON-bestanden en exports: kleine letters, cijfers en _. Laat leeg, dan maken wij die uit de vraag. De sleutel verandert later niet.", "", "m") ?>
 <?cs else ?>
 <p class="meta">Sleutel: <?cs var:Question.key ?></p>
 <?cs /if ?>
 <?cs call:field_start("toelichting", "Toelichting (optioneel)", "Staat onder de vraag.") ?>
  <textarea class="textarea" id="f-toelichting" name="toelichting" rows="3"<?cs call:described("toelichting", "x") ?>><?cs var:Field.toelichting.value ?></textarea>
 </div>
 <?cs call:checkbox("verplicht", "Verplicht: zonder antwoord kan de school niet indienen", "") ?>
 <?cs call:field_start("voorwaarde", "Wanneer tonen?", "Een vraag kan afhangen van het antwoord op een eerdere keuzevraag of ja/nee-vraag.") ?>
  <select class="select" id="f-voorwaarde" name="voorwaarde"<?cs call:described("voorwaarde", "x") ?>>
   <option value="">Altijd</option>
   <?cs each:c = Conds ?><?cs call:option("voorwaarde", c.value, c.label) ?><?cs /each ?>
  </select>
 </div>

 <?cs if:Question.type == "text" || Question.type == "textarea" ?>
 <?cs if:Question.type == "text" ?><?cs set:hint = "Hoogstens 1000. Leeg: 200." ?><?cs else ?><?cs set:hint = "Hoogstens 20000. Leeg: 4000." ?><?cs /if ?>
 <?cs call:input("tekens", "Hoogstens aantal tekens", "text", hint, "", "xs") ?>
 <?cs elif:Question.type == "date" ?>
 <?cs call:input("signaal", "Signaal, dagen van tevoren (optioneel)", "text", "Zolang het dossier niet is afgerond, komt er een signalering als deze datum zo dichtbij is of voorbij. 0: op de dag zelf. Leeg: geen signaal.", "", "xs") ?>
 <?cs elif:Question.type == "number" ?>
 <?cs call:input("laagste", "Laagste waarde (optioneel)", "text", "Een geheel getal.", "", "s") ?>
 <?cs call:input("hoogste", "Hoogste waarde (optioneel)", "text", "Een geheel getal.", "", "s") ?>
 <?cs elif:Question.type == "choice" || Question.type == "multi" ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Keuzes</legend>
  <p class="field__hint">Eén keuze per regel. Maak een regel leeg om die keuze weg te halen. Meer regels nodig? Sla op en kies opnieuw ‘Wijzigen’: er komen lege regels bij.</p>
  <?cs each:o = Rows ?><?cs set:nm = "optie-" + o.n ?>
  <div class="field<?cs if:Field[nm].error ?> field--invalid<?cs /if ?>">
   <label class="field__label" for="f-<?cs var:nm ?>">Keuze <?cs var:o.n ?></label>
   <?cs call:row_error(nm) ?>
   <input class="input input--l" id="f-<?cs var:nm ?>" name="<?cs var:nm ?>" type="text" value="<?cs var:o.label ?>"<?cs if:Field[nm].error ?> aria-invalid="true" aria-describedby="f-<?cs var:nm ?>-error"<?cs /if ?>>
   <input type="hidden" name="<?cs var:nm ?>-sleutel" value="<?cs var:o.key ?>">
  </div><?cs /each ?>
 </fieldset>
 <?cs elif:Question.type == "table" ?>
 <?cs call:input("rijen", "Aantal rijen", "text", "Hoeveel regels de school kan invullen, hoogstens 50.", "", "xs") ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Kolommen</legend>
  <p class="field__hint">Maak een naam leeg om die kolom weg te halen. Een keuzekolom kan alleen via een JSON-bestand worden gemaakt.</p>
  <table class="table table--input">
   <caption class="visually-hidden">Kolommen</caption>
   <thead><tr><th scope="col">Kolom</th><th scope="col">Naam</th><th scope="col">Soort</th><th scope="col">Verplicht</th></tr></thead>
   <tbody><?cs each:c = Rows ?><?cs set:nm = "kolom-" + c.n ?><tr>
    <th scope="row"><?cs var:c.n ?></th>
    <td<?cs if:Field[nm].error ?> class="field--invalid"<?cs /if ?>><?cs call:row_error(nm) ?><input class="input" id="f-<?cs var:nm ?>" name="<?cs var:nm ?>" type="text" value="<?cs var:c.label ?>" aria-label="Naam van kolom <?cs var:c.n ?>"<?cs if:Field[nm].error ?> aria-invalid="true" aria-describedby="f-<?cs var:nm ?>-error"<?cs /if ?>><input type="hidden" name="<?cs var:nm ?>-sleutel" value="<?cs var:c.key ?>"></td>
    <td<?cs if:Field[nm + "-soort"].error ?> class="field--invalid"<?cs /if ?>><?cs call:row_error(nm + "-soort") ?><select class="select" id="f-<?cs var:nm ?>-soort" name="<?cs var:nm ?>-soort" aria-label="Soort van kolom <?cs var:c.n ?>">
     <?cs each:t = ColTypes ?><option value="<?cs var:t.key ?>"<?cs if:c.type == t.key ?> selected<?cs /if ?>><?cs var:t.label ?></option><?cs /each ?>
     <?cs if:c.type == "choice" ?><option value="choice" selected>Keuze</option><?cs /if ?>
    </select></td>
    <td><input class="checkbox" id="f-<?cs var:nm ?>-verplicht" name="<?cs var:nm ?>-verplicht" type="checkbox" value="1"<?cs if:c.required == "1" ?> checked<?cs /if ?> aria-label="Kolom <?cs var:c.n ?> verplicht"></td>
   </tr><?cs /each ?></tbody>
  </table>
 </fieldset>
 <?cs /if ?>
 <div class="actions">
  <button type="submit" class="button button--primary"><?cs if:Question.new == "1" ?>Vraag toevoegen<?cs else ?>Opslaan<?cs /if ?></button>
  <a class="button button--secondary" href="<?cs var:d.base ?>">Annuleren</a>
 </div>
</form>
<?cs /if ?>
<?cs /with ?>
<?cs include:"partials/footer.cs" ?>
