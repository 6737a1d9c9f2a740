<?cs include:"partials/header.cs" ?>
<h1><?cs var:Error.title ?></h1>
<p class="lead"><?cs var:Error.text ?></p>
<p><a href="/">Naar de startpagina</a></p>
<p class="meta">Foutcode <?cs var:Error.status ?> · referentie <code><?cs var:Page.ref ?></code></p>
<?cs include:"partials/footer.cs" ?>
