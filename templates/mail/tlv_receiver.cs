<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p>Het samenwerkingsverband heeft toelaatbaarheidsverklaring <?cs var:Mail.number ?> afgegeven. Uw school is als ontvangende school genoemd.</p>
<p>Na inloggen kunt u de toelaatbaarheidsverklaring downloaden en, als de leerling bij u start, de plaatsing bevestigen: <a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>Om de privacy van de leerling te beschermen, staan er in deze e-mail geen gegevens van de leerling.</p>
<?cs include:"mail/footer.cs" ?>
