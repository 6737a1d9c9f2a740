<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<div class="narrow">
<h1>Code invoeren</h1>
<p class="lead">Open de authenticator-app op uw telefoon en vul de code van zes cijfers in die bij Passend staat.</p>
<?cs call:error_summary() ?>
<form method="post" action="/inloggen/code" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("code", "Code", "text", "Elke code is 30 seconden geldig en werkt één keer.", "one-time-code", "s") ?>
 <button type="submit" class="button button--primary">Doorgaan</button>
</form>
<form method="post" action="/uitloggen" class="secondary-action">
 <?cs call:csrf() ?>
 <button type="submit" class="button button--link">Annuleren</button>
</form>
</div>
<?cs include:"partials/footer.cs" ?>
