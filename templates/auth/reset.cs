<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<div class="narrow">
<h1><?cs if:Reset.invite == "1" ?>Welkom bij Passend<?cs else ?>Nieuw wachtwoord instellen<?cs /if ?></h1>
<p class="lead">Kies een wachtwoord van minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden.</p>
<?cs call:error_summary() ?>
<form method="post" action="/wachtwoord/<?cs var:Reset.token ?>" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("password", "Nieuw wachtwoord", "password", "Minstens 12 en hoogstens 128 tekens.", "new-password", "l") ?>
 <?cs call:input("password2", "Herhaal het wachtwoord", "password", "", "new-password", "l") ?>
 <button type="submit" class="button button--primary">Wachtwoord opslaan</button>
</form>
<p>Na het opslaan logt u in met uw nieuwe wachtwoord en de code uit uw authenticator-app. Al uw andere sessies worden beëindigd.</p>
</div>
<?cs include:"partials/footer.cs" ?>
