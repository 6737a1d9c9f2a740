<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p>Dossier <?cs var:Mail.dossier ?> (<?cs var:Mail.type ?>) heeft een nieuwe stap: <?cs var:Mail.step ?>. De status is nu: <strong><?cs var:Mail.state ?></strong>.</p>
<p>Bekijk het dossier na inloggen: <a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>Om de privacy van de leerling te beschermen, staan er in deze e-mail geen gegevens van de leerling.</p>
<?cs include:"mail/footer.cs" ?>
