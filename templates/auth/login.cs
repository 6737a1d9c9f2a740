<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<div class="narrow">
<h1>Inloggen</h1>
<p class="lead">Log in met het e-mailadres en wachtwoord van uw account bij het samenwerkingsverband.</p>
<?cs call:error_summary() ?>
<form method="post" action="/inloggen" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("email", "E-mailadres", "email", "", "username", "l") ?>
 <?cs call:input("password", "Wachtwoord", "password", "", "current-password", "l") ?>
 <button type="submit" class="button button--primary">Inloggen</button>
</form>
<p><a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a></p>
<?cs if:Site.dev == "1" ?><p class="hint-box">Demo-accounts staan in <code>var/demo-logins.txt</code>.</p><?cs /if ?>
</div>
<?cs include:"partials/footer.cs" ?>
