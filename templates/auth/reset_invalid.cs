<?cs include:"partials/header.cs" ?>
<div class="narrow">
<h1>Deze link werkt niet meer</h1>
<p class="lead">De link is verlopen of al gebruikt. Vraag een nieuwe link aan.</p>
<p><a class="button button--primary" href="/wachtwoord-vergeten">Nieuwe link aanvragen</a></p>
</div>
<?cs include:"partials/footer.cs" ?>
