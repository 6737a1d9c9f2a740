<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/dossiers/<?cs var:Dossier.id ?>">Dossier <?cs var:Dossier.id ?></a></p>
<h1>Besluit <span class="subtitle"><?cs var:Dossier.type ?>, <?cs var:Dossier.pupil ?>, <?cs var:Dossier.school ?></span></h1>
<?cs call:error_summary() ?>
<h2>De adviezen</h2>
<?cs each:a = Advices ?>
<section class="advice">
 <h3>Advies <?cs var:a.slot ?></h3>
 <?cs if:a.signed_at ?><p class="muted">Ondertekend door <?cs var:a.name ?>, <?cs var:a.profession ?>, op <?cs var:a.signed_at ?></p><p class="pre"><?cs var:a.body ?></p><?cs else ?><p>Nog niet ondertekend.</p><?cs /if ?>
</section>
<?cs /each ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/besluit" novalidate>
 <?cs call:csrf() ?>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <fieldset class="fieldset<?cs if:Field.outcome.error ?> field--invalid<?cs /if ?>" id="f-outcome">
  <legend class="fieldset__legend">Besluit</legend>
  <?cs if:Field.outcome.error ?><p class="field__error" id="f-outcome-error"><span class="visually-hidden">Fout: </span><?cs var:Field.outcome.error ?></p><?cs /if ?>
  <div class="choice"><input class="radio" type="radio" id="f-outcome-toekennen" name="outcome" value="toekennen"<?cs if:Field.outcome.value == "toekennen" ?> checked<?cs /if ?>><label for="f-outcome-toekennen">Toekennen: de leerling is toelaatbaar</label></div>
  <div class="choice"><input class="radio" type="radio" id="f-outcome-afwijzen" name="outcome" value="afwijzen"<?cs if:Field.outcome.value == "afwijzen" ?> checked<?cs /if ?>><label for="f-outcome-afwijzen">Afwijzen</label></div>
 </fieldset>

 <h2>Bij toekennen</h2>
 <?cs call:field_start("kind", "Soort onderwijs", "") ?>
  <select class="select" id="f-kind" name="kind"<?cs call:described("kind", "") ?>>
   <?cs call:option("kind", "", "Kies…") ?><?cs call:option("kind", "sbo", "SBO: speciaal basisonderwijs") ?><?cs call:option("kind", "so", "SO: speciaal onderwijs") ?><?cs call:option("kind", "vso", "VSO: voortgezet speciaal onderwijs") ?>
  </select>
 </div>
 <?cs call:field_start("category", "Bekostigingscategorie", "Alleen bij SO en VSO.") ?>
  <select class="select" id="f-category" name="category"<?cs call:described("category", "x") ?>>
   <?cs call:option("category", "", "Geen (SBO)") ?><?cs call:option("category", "laag", "Laag (categorie 1)") ?><?cs call:option("category", "midden", "Midden (categorie 2)") ?><?cs call:option("category", "hoog", "Hoog (categorie 3)") ?>
  </select>
 </div>
 <?cs call:input("start_date", "Ingangsdatum", "date", "", "off", "s") ?>
 <?cs call:input("end_date", "Einddatum", "date", "De TLV loopt minstens " + Decision.min_months + " maanden.", "off", "s") ?>
 <?cs call:field_start("duration_reason", "Motivering van de duur", "") ?>
  <textarea class="textarea" id="f-duration_reason" name="duration_reason" rows="4"<?cs call:described("duration_reason", "") ?>><?cs var:Field.duration_reason.value ?></textarea>
 </div>
 <?cs call:field_start("category_reason", "Motivering van de categorie", "Alleen bij SO en VSO.") ?>
  <textarea class="textarea" id="f-category_reason" name="category_reason" rows="4"<?cs call:described("category_reason", "x") ?>><?cs var:Field.category_reason.value ?></textarea>
 </div>
 <?cs if:subcount(Receivers) > 0 ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Bedoeld voor (optioneel)</legend>
  <?cs each:x = Receivers ?><div class="choice"><input class="checkbox" type="checkbox" id="f-ontvanger-<?cs var:x.id ?>" name="ontvanger-<?cs var:x.id ?>" value="1"<?cs if:x.ticked ?> checked<?cs /if ?>><label for="f-ontvanger-<?cs var:x.id ?>"><?cs var:x.name ?></label></div><?cs /each ?>
 </fieldset>
 <?cs /if ?>

 <h2>Bij afwijzen</h2>
 <?cs call:field_start("refusal_reason", "Motivering van de afwijzing", "") ?>
  <textarea class="textarea" id="f-refusal_reason" name="refusal_reason" rows="4"<?cs call:described("refusal_reason", "") ?>><?cs var:Field.refusal_reason.value ?></textarea>
 </div>
 <button type="submit" class="button button--primary">Besluit vastleggen</button>
 <a class="button button--link" href="/dossiers/<?cs var:Dossier.id ?>">Annuleren</a>
</form>
<?cs include:"partials/footer.cs" ?>
