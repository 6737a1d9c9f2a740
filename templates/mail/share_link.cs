<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p><?cs var:Mail.inviter ?> van het samenwerkingsverband passend onderwijs nodigt u uit om een deel van een dossier in te zien, voor een overleg. Open het dossier via deze link:</p>
<p><a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>U hebt ook een code nodig. Die krijgt u in een aparte e-mail. De link werkt tot en met <?cs var:Mail.until ?>.</p>
<p>Kent u deze uitnodiging niet? Dan kunt u deze e-mail negeren.</p>
<?cs include:"mail/footer.cs" ?>
