<?cs include:"mail/header.cs" ?>
<p>Geachte heer, mevrouw,</p>
<p>Wij hebben uw bericht aan het samenwerkingsverband ontvangen. Het kenmerk is <strong><?cs var:Mail.reference ?></strong>. Noem dit kenmerk als u ons belt of mailt over dit bericht.</p>
<p>Een medewerker leest uw bericht en neemt contact met u op, meestal binnen vijf werkdagen.</p>
<p>Heeft u dit bericht niet zelf gestuurd? Dan kunt u deze e-mail negeren.</p>
<p>Om uw privacy te beschermen, herhalen wij in deze e-mail niet wat u schreef.</p>
<?cs include:"mail/footer.cs" ?>
