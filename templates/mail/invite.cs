<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p>Er is een account voor u aangemaakt in Passend, het platform van het samenwerkingsverband passend onderwijs. Stel via deze link uw wachtwoord in:</p>
<p><a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>De link is <?cs var:Mail.valid ?> geldig en werkt één keer. Bij de eerste keer inloggen stelt u ook tweestapsverificatie in met een authenticator-app op uw telefoon.</p>
<?cs include:"mail/footer.cs" ?>
