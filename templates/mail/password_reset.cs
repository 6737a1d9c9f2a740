<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p>Iemand heeft gevraagd om een nieuw wachtwoord voor uw account bij Passend. Was u dat? Stel dan via deze link een nieuw wachtwoord in:</p>
<p><a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>De link is <?cs var:Mail.valid ?> geldig en werkt één keer. Daarna logt u in met uw nieuwe wachtwoord en de code uit uw authenticator-app.</p>
<p>Heeft u dit niet gevraagd? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde.</p>
<?cs include:"mail/footer.cs" ?>
