<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<div class="narrow">
<h1>Wachtwoord vergeten</h1>
<p class="lead">Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord in te stellen.</p>
<?cs call:error_summary() ?>
<form method="post" action="/wachtwoord-vergeten" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("email", "E-mailadres", "email", "", "username", "l") ?>
 <button type="submit" class="button button--primary">Verstuur de link</button>
</form>
<p><a href="/inloggen">Terug naar inloggen</a></p>
</div>
<?cs include:"partials/footer.cs" ?>
