<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p>Uw code om het gedeelde dossier te openen is:</p>
<p style="font-size: 24px; font-weight: bold; letter-spacing: 4px;"><?cs var:Mail.code ?></p>
<p>Vul deze code in nadat u de link uit de uitnodiging hebt geopend. De code werkt één keer. Deel de code met niemand.</p>
<?cs include:"mail/footer.cs" ?>
