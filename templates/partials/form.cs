<?cs # Form macros after the NL Design System patterns: a label, an optional
       hint, the error next to the field and an error summary on top. ?>
<?cs def:error_summary() ?><?cs if:subcount(Errors) > 0 ?>
<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
 <h2 id="error-summary-title" class="error-summary__title"><?cs if:subcount(Errors) == 1 ?>Er is 1 fout gevonden<?cs else ?>Er zijn <?cs var:subcount(Errors) ?> fouten gevonden<?cs /if ?></h2>
 <ul class="error-summary__list">
 <?cs each:e = Errors ?><li><a href="#f-<?cs var:e.field ?>"><?cs if:e.label ?><?cs var:e.label ?>: <?cs /if ?><?cs var:e.msg ?></a></li>
 <?cs /each ?></ul>
</div>
<?cs /if ?><?cs /def ?>

<?cs def:field_start(name, label, hint) ?>
<div class="field<?cs if:Field[name].error ?> field--invalid<?cs /if ?>">
 <label class="field__label" for="f-<?cs var:name ?>"><?cs var:label ?></label>
 <?cs if:hint ?><p class="field__hint" id="f-<?cs var:name ?>-hint"><?cs var:hint ?></p><?cs /if ?>
 <?cs if:Field[name].error ?><p class="field__error" id="f-<?cs var:name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[name].error ?></p><?cs /if ?>
<?cs /def ?>

<?cs def:described(name, hint) ?><?cs if:hint || Field[name].error ?> aria-describedby="<?cs if:hint ?>f-<?cs var:name ?>-hint<?cs /if ?><?cs if:hint && Field[name].error ?> <?cs /if ?><?cs if:Field[name].error ?>f-<?cs var:name ?>-error<?cs /if ?>"<?cs /if ?><?cs if:Field[name].error ?> aria-invalid="true"<?cs /if ?><?cs /def ?>

<?cs def:input(name, label, type, hint, autocomplete, size) ?>
<?cs call:field_start(name, label, hint) ?>
 <input class="input input--<?cs var:size ?>" id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>"<?cs if:type != "password" ?> value="<?cs var:Field[name].value ?>"<?cs /if ?><?cs if:autocomplete ?> autocomplete="<?cs var:autocomplete ?>"<?cs /if ?><?cs call:described(name, hint) ?>>
</div>
<?cs /def ?>

<?cs def:checkbox(name, label, hint) ?>
<div class="field field--checkbox<?cs if:Field[name].error ?> field--invalid<?cs /if ?>">
 <?cs if:Field[name].error ?><p class="field__error" id="f-<?cs var:name ?>-error"><span class="visually-hidden">Fout: </span><?cs var:Field[name].error ?></p><?cs /if ?>
 <input class="checkbox" id="f-<?cs var:name ?>" name="<?cs var:name ?>" type="checkbox" value="1"<?cs if:Field[name].value == "1" ?> checked<?cs /if ?><?cs call:described(name, hint) ?>>
 <label class="field__label field__label--checkbox" for="f-<?cs var:name ?>"><?cs var:label ?></label>
 <?cs if:hint ?><p class="field__hint" id="f-<?cs var:name ?>-hint"><?cs var:hint ?></p><?cs /if ?>
</div>
<?cs /def ?>

<?cs def:option(name, value, label) ?><option value="<?cs var:value ?>"<?cs if:Field[name].value == value ?> selected<?cs /if ?>><?cs var:label ?></option><?cs /def ?>

<?cs def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:CSRF ?>"><?cs /def ?>

<?cs def:pager(base) ?><?cs if:Pager.pages > 1 ?>
<nav class="pager" aria-label="Paginering">
 <?cs if:Pager.prev ?><a class="pager__link" href="<?cs var:base ?>?<?cs var:Pager.query ?>&amp;p=<?cs var:Pager.prev ?>" rel="prev">Vorige</a><?cs /if ?>
 <span class="pager__status">Pagina <?cs var:Pager.page ?> van <?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.pages ?></span>
 <?cs if:Pager.next ?><a class="pager__link" href="<?cs var:base ?>?<?cs var:Pager.query ?>&amp;p=<?cs var:Pager.next ?>" rel="next">Volgende</a><?cs /if ?>
</nav>
<?cs /if ?><?cs /def ?>

<?cs # A column header that sorts the list on the server; keeps the filters. ?>
<?cs def:sort_th(label, key, base) ?><th scope="col"<?cs if:Sort.current == key ?> aria-sort="ascending"<?cs /if ?>><a class="sort" href="<?cs var:base ?>?<?cs var:Sort.query ?>&amp;s=<?cs var:key ?>"><?cs var:label ?><?cs if:Sort.current == key ?><span class="visually-hidden"> (gesorteerd)</span> <span aria-hidden="true">▲</span><?cs /if ?></a></th><?cs /def ?>
