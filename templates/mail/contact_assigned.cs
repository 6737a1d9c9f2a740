<?cs include:"mail/header.cs" ?>
<p>Beste collega,</p>
<p>Bericht <?cs var:Mail.reference ?> uit het contactformulier is aan u toegewezen: <a href="<?cs var:Mail.base_url ?>/berichten/<?cs var:Mail.id ?>"><?cs var:Mail.base_url ?>/berichten/<?cs var:Mail.id ?></a></p>
<p>Om de privacy van de afzender te beschermen, staat de inhoud van het bericht niet in deze e-mail.</p>
<?cs include:"mail/footer.cs" ?>
