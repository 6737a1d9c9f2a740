<?cs include:"mail/header.cs" ?>
<p>Beste <?cs var:Mail.name ?>,</p>
<p><?cs if:Mail.count == 1 ?>Er is een nieuwe signalering bij een dossier waarvoor u aan zet bent:<?cs else ?>Er zijn <?cs var:Mail.count ?> nieuwe signaleringen bij dossiers waarvoor u aan zet bent<?cs if:Mail.more > 0 ?>. De eerste <?cs var:subcount(Mail.signals) ?>:<?cs else ?>:<?cs /if ?><?cs /if ?></p>
<ul>
<?cs each:g = Mail.signals ?><li>Dossier <?cs var:g.dossier ?> (<?cs var:g.type ?>): <?cs var:g.label ?></li>
<?cs /each ?></ul>
<?cs if:Mail.more > 0 ?><p>En nog <?cs var:Mail.more ?> <?cs if:Mail.more == 1 ?>signalering<?cs else ?>signaleringen<?cs /if ?>.</p><?cs /if ?>
<p>Alle signaleringen staan na inloggen op <a href="<?cs var:Mail.link ?>"><?cs var:Mail.link ?></a></p>
<p>Om de privacy van de leerlingen te beschermen, staan er in deze e-mail geen gegevens van de leerlingen.</p>
<?cs include:"mail/footer.cs" ?>
