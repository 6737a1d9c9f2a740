<?cs include:"partials/header.cs" ?>
<div class="narrow">
<h1>Controleer uw e-mail</h1>
<p class="lead">Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link. De link is 30 minuten geldig en werkt één keer.</p>
<p>Geen e-mail ontvangen? Kijk in uw map met ongewenste e-mail of vraag de beheerder van het samenwerkingsverband om hulp.</p>
<p><a href="/inloggen">Terug naar inloggen</a></p>
</div>
<?cs include:"partials/footer.cs" ?>
