<?cs include:"partials/header.cs" ?>
<h1>Gedeeld dossier</h1>
<p>Hier bekijkt u een deel van een dossier dat het samenwerkingsverband met u deelt, bijvoorbeeld voor een overleg over een leerling.</p>
<p>Open de link uit de e-mail met de uitnodiging. Daarna vult u de code in uit de tweede e-mail.</p>
<p>Werkt de link niet meer? Neem dan contact op met degene die u uitnodigde.</p>
<p class="muted">Werkt u bij een school of het samenwerkingsverband? <a href="/inloggen">Log dan in met uw account</a>.</p>
<?cs include:"partials/footer.cs" ?>
