<?cs include:"partials/header.cs" ?>
<h1>Deze link werkt niet meer</h1>
<?cs if:Link.state == "verlopen" ?>
<p>U kon dit dossier inzien tot en met <?cs var:Link.until ?>. Die datum is voorbij.</p>
<?cs elif:Link.state == "ingetrokken" ?>
<p>Degene die u uitnodigde, heeft het delen van dit dossier ingetrokken.</p>
<?cs else ?>
<p>Deze link is niet geldig. Controleer of u de hele link uit de e-mail hebt gebruikt.</p>
<?cs /if ?>
<p>Hebt u het dossier nog nodig? Vraag degene die u uitnodigde om u opnieuw uit te nodigen.</p>
<?cs include:"partials/footer.cs" ?>
