<?cs # The dossier's form: read-only (call:answers_view) or to fill in
       (call:answers_edit). Values and errors come from C (dossier_form_hdf). ?>
<?cs # The documents added to file field f, as download links ?>
<?cs def:field_documents(f) ?><?cs set:any = 0 ?><?cs each:doc = Documents ?><?cs if:doc.field_key == f.key ?><?cs set:any = 1 ?><?cs /if ?><?cs /each ?>
<?cs if:any ?><ul class="plain documents"><?cs each:doc = Documents ?><?cs if:doc.field_key == f.key ?><li><a href="<?cs var:DocHref ?><?cs var:doc.id ?>"><?cs var:doc.file_name ?></a> <span class="muted">(<?cs var:doc.kind ?>, <?cs var:doc.size_label ?>)</span></li><?cs /if ?><?cs /each ?></ul>
<?cs elif:Guest.name ?><p class="muted">Geen document gedeeld.</p><?cs else ?><p class="muted">Nog geen document toegevoegd.</p><?cs /if ?><?cs /def ?>

<?cs def:answers_view() ?>
<?cs each:s = Form.sections ?>
<section class="answers" aria-labelledby="sec-<?cs var:s.key ?>">
 <h3 id="sec-<?cs var:s.key ?>"><?cs var:s.title ?></h3>
 <dl class="facts">
 <?cs each:f = s.fields ?><?cs if:f.visible == "1" ?>
  <dt><?cs var:f.label ?></dt>
  <dd><?cs if:f.type == "multi" ?><?cs set:any = 0 ?><ul class="plain"><?cs each:o = f.options ?><?cs if:o.checked ?><?cs set:any = 1 ?><li><?cs var:o.label ?></li><?cs /if ?><?cs /each ?></ul><?cs if:!any ?><span class="muted">Niet ingevuld</span><?cs /if ?>
  <?cs elif:f.type == "table" ?><?cs set:any = 0 ?><?cs each:row = f.rows ?><?cs if:row.filled == "1" ?><?cs set:any = 1 ?><?cs /if ?><?cs /each ?>
   <?cs if:any ?><table class="table table--compact"><caption class="visually-hidden"><?cs var:f.label ?></caption>
    <thead><tr><?cs each:c = f.columns ?><th scope="col"><?cs var:c.label ?></th><?cs /each ?></tr></thead>
    <tbody><?cs each:row = f.rows ?><?cs if:row.filled == "1" ?><tr><?cs each:c = row.cells ?><td><?cs var:c.shown ?></td><?cs /each ?></tr><?cs /if ?><?cs /each ?></tbody></table>
   <?cs else ?><span class="muted">Niet ingevuld</span><?cs /if ?>
  <?cs elif:f.type == "file" ?><?cs call:field_documents(f) ?>
  <?cs elif:f.shown ?><span class="pre"><?cs var:f.shown ?></span><?cs else ?><span class="muted">Niet ingevuld</span><?cs /if ?></dd>
 <?cs /if ?><?cs /each ?>
 </dl>
</section>
<?cs /each ?>
<?cs /def ?>

<?cs # aria-describedby and aria-invalid, for the hint and the error when there are any ?>
<?cs def:described_by(f) ?><?cs if:f.help || f.if_label || Field[f.name].error ?> aria-describedby="<?cs if:f.help || f.if_label ?>f-<?cs var:f.name ?>-hint<?cs /if ?><?cs if:Field[f.name].error ?> f-<?cs var:f.name ?>-error<?cs /if ?>"<?cs /if ?><?cs if:Field[f.name].error ?> aria-invalid="true"<?cs /if ?><?cs /def ?>
<?cs def:field_note(f) ?>
 <?cs if:f.help || f.if_label ?><p class="field__hint" id="f-<?cs var:f.name ?>-hint"><?cs var:f.help ?><?cs if:f.if_label ?> Alleen invullen als bij ‘<?cs var:f.if_label ?>’ is gekozen voor ‘<?cs var:f.if_shown ?>’.<?cs /if ?></p><?cs /if ?>
 <?cs if:Field[f.name].error ?><p class="field__error" id="f-<?cs var:f.name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[f.name].error ?></p><?cs /if ?>
<?cs /def ?>
<?cs def:label_text(f) ?><?cs var:f.label ?><?cs if:f.required != "1" ?> (optioneel)<?cs /if ?><?cs /def ?>

<?cs def:answers_edit() ?>
<?cs each:s = Form.sections ?>
<fieldset class="fieldset section" id="sec-<?cs var:s.key ?>">
 <legend class="fieldset__legend"><?cs var:s.title ?></legend>
 <?cs if:s.instructions ?><div class="instructions"><p><?cs var:s.instructions ?></p></div><?cs /if ?>
 <?cs each:f = s.fields ?>
 <?cs if:f.type == "multi" || f.type == "yesno" ?>
 <fieldset class="field fieldset--inner<?cs if:Field[f.name].error || Field[f.options.0.name].error ?> field--invalid<?cs /if ?>"<?cs if:f.if_name ?> data-if-name="<?cs var:f.if_name ?>" data-if-value="<?cs var:f.if_value ?>"<?cs /if ?>>
  <legend class="field__label"><?cs call:label_text(f) ?></legend>
  <?cs call:field_note(f) ?>
  <?cs if:f.type == "multi" ?>
   <?cs if:Field[f.options.0.name].error ?><p class="field__error" id="f-<?cs var:f.options.0.name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[f.options.0.name].error ?></p><?cs /if ?>
   <?cs each:o = f.options ?><div class="choice"><input class="checkbox" type="checkbox" id="f-<?cs var:o.name ?>" name="<?cs var:o.name ?>" value="1"<?cs if:o.checked ?> checked<?cs /if ?>><label for="f-<?cs var:o.name ?>"><?cs var:o.label ?></label></div><?cs /each ?>
  <?cs else ?>
   <div class="choice"><input class="radio" type="radio" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" value="ja"<?cs if:f.value == "ja" ?> checked<?cs /if ?><?cs call:described_by(f) ?>><label for="f-<?cs var:f.name ?>">Ja</label></div>
   <div class="choice"><input class="radio" type="radio" id="f-<?cs var:f.name ?>-nee" name="<?cs var:f.name ?>" value="nee"<?cs if:f.value == "nee" ?> checked<?cs /if ?>><label for="f-<?cs var:f.name ?>-nee">Nee</label></div>
  <?cs /if ?>
 </fieldset>
 <?cs elif:f.type == "file" ?>
 <div class="field<?cs if:Field[f.name].error ?> field--invalid<?cs /if ?>"<?cs if:f.if_name ?> data-if-name="<?cs var:f.if_name ?>" data-if-value="<?cs var:f.if_value ?>"<?cs /if ?>>
  <p class="field__label" id="f-<?cs var:f.name ?>-label"><?cs call:label_text(f) ?></p>
  <?cs call:field_note(f) ?>
  <?cs call:field_documents(f) ?>
  <button type="submit" class="button button--secondary" id="f-<?cs var:f.name ?>" name="action" value="bestand-<?cs var:f.key ?>" aria-describedby="f-<?cs var:f.name ?>-label<?cs if:f.help || f.if_label ?> f-<?cs var:f.name ?>-hint<?cs /if ?><?cs if:Field[f.name].error ?> f-<?cs var:f.name ?>-error<?cs /if ?>">Opslaan en document toevoegen</button>
 </div>
 <?cs elif:f.type == "table" ?>
 <fieldset class="field fieldset--inner<?cs if:Field[f.name].error ?> field--invalid<?cs /if ?>" id="f-<?cs var:f.name ?>"<?cs if:f.if_name ?> data-if-name="<?cs var:f.if_name ?>" data-if-value="<?cs var:f.if_value ?>"<?cs /if ?>>
  <legend class="field__label"><?cs call:label_text(f) ?></legend>
  <?cs call:field_note(f) ?>
  <table class="table table--input">
   <caption class="visually-hidden"><?cs var:f.label ?></caption>
   <thead><tr><th scope="col"><span class="visually-hidden">Rij</span></th><?cs each:c = f.columns ?><th scope="col" id="h-<?cs var:f.name ?>-<?cs var:c.key ?>"><?cs var:c.label ?></th><?cs /each ?></tr></thead>
   <tbody>
   <?cs each:row = f.rows ?><tr><th scope="row"><?cs var:row.n ?></th>
    <?cs each:cell = row.cells ?><?cs set:col = f.columns[cell.col] ?><td<?cs if:Field[cell.name].error ?> class="field--invalid"<?cs /if ?>>
     <?cs if:Field[cell.name].error ?><p class="field__error" id="f-<?cs var:cell.name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[cell.name].error ?></p><?cs /if ?>
     <?cs if:col.type == "choice" ?><select class="select" id="f-<?cs var:cell.name ?>" name="<?cs var:cell.name ?>" aria-label="<?cs var:col.label ?>, rij <?cs var:row.n ?>"><option value="">–</option><?cs each:o = col.options ?><option value="<?cs var:o.value ?>"<?cs if:cell.value == o.value ?> selected<?cs /if ?>><?cs var:o.label ?></option><?cs /each ?></select>
     <?cs else ?><input class="input" id="f-<?cs var:cell.name ?>" name="<?cs var:cell.name ?>" type="<?cs if:col.type == "date" ?>date<?cs elif:col.type == "number" ?>text" inputmode="numeric<?cs else ?>text<?cs /if ?>" value="<?cs var:cell.value ?>" aria-label="<?cs var:col.label ?>, rij <?cs var:row.n ?>"<?cs if:Field[cell.name].error ?> aria-invalid="true" aria-describedby="f-<?cs var:cell.name ?>-error"<?cs /if ?>><?cs /if ?>
    </td><?cs /each ?></tr>
   <?cs /each ?></tbody>
  </table>
 </fieldset>
 <?cs else ?>
 <div class="field<?cs if:Field[f.name].error ?> field--invalid<?cs /if ?>"<?cs if:f.if_name ?> data-if-name="<?cs var:f.if_name ?>" data-if-value="<?cs var:f.if_value ?>"<?cs /if ?>>
  <label class="field__label" for="f-<?cs var:f.name ?>"><?cs call:label_text(f) ?></label>
  <?cs call:field_note(f) ?>
  <?cs if:f.type == "textarea" ?><textarea class="textarea" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" rows="5"<?cs call:described_by(f) ?>><?cs var:f.value ?></textarea>
  <?cs elif:f.type == "choice" ?><select class="select" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>"<?cs call:described_by(f) ?>><option value="">Kies…</option><?cs each:o = f.options ?><option value="<?cs var:o.value ?>"<?cs if:f.value == o.value ?> selected<?cs /if ?>><?cs var:o.label ?></option><?cs /each ?></select>
  <?cs else ?><input class="input input--<?cs if:f.type == "text" ?>l<?cs else ?>s<?cs /if ?>" id="f-<?cs var:f.name ?>" name="<?cs var:f.name ?>" type="<?cs if:f.type == "date" ?>date<?cs else ?>text<?cs /if ?>"<?cs if:f.type == "number" ?> inputmode="numeric"<?cs /if ?> value="<?cs var:f.value ?>"<?cs call:described_by(f) ?>><?cs /if ?>
 </div>
 <?cs /if ?>
 <?cs /each ?>
</fieldset>
<?cs /each ?>
<?cs /def ?>
