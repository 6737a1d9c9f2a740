<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Tweestapsverificatie instellen</h1>
<p class="lead">Passend bevat gegevens over kinderen. Daarom logt u in met uw wachtwoord én een code van uw telefoon.</p>
<?cs call:error_summary() ?>
<ol class="steps">
 <li>Installeer een authenticator-app op uw telefoon, bijvoorbeeld een app die uw organisatie adviseert.</li>
 <li>Scan in de app deze QR-code.
  <div class="qr"><?cs uvar:Totp.qr ?></div>
  <p>Lukt scannen niet? Voer dan deze sleutel met de hand in:</p>
  <p class="secret"><code><?cs var:Totp.secret ?></code></p>
 </li>
 <li>Vul de code in die de app nu toont.
  <form method="post" action="/inloggen/2fa" novalidate>
   <?cs call:csrf() ?>
   <?cs call:input("code", "Code uit de app", "text", "Zes cijfers, zonder spaties.", "one-time-code", "s") ?>
   <button type="submit" class="button button--primary">Instellen en doorgaan</button>
  </form>
 </li>
</ol>
<?cs include:"partials/footer.cs" ?>
