<?cs include:"partials/header.cs" ?>
<h1>Welkom, <?cs var:User.name ?></h1>
<?cs if:subcount(Roles) == 0 ?>
<p class="lead">U heeft nog geen rol in Passend. Vraag de beheerder van het samenwerkingsverband om u een rol te geven.</p>
<?cs else ?>
<p class="lead">Wat u in Passend kunt doen, hangt af van uw rollen.</p>
<?cs if:User.admin ?>
<h2>Beheer</h2>
<ul class="card-list">
 <li class="card"><a class="card__link" href="/beheer/organisaties">Organisaties</a><p>Het samenwerkingsverband, deelverbanden, besturen, scholen en externe organisaties.</p></li>
 <li class="card"><a class="card__link" href="/beheer/gebruikers">Gebruikers</a><p>Accounts en hun rollen per organisatie.</p></li>
 <li class="card"><a class="card__link" href="/beheer/auditlog">Auditlog</a><p>Wie wanneer wat heeft gewijzigd.</p></li>
</ul>
<?cs /if ?>
<?cs if:User.dossiers ?>
<h2>Dossiers</h2>
<ul class="card-list">
 <li class="card"><a class="card__link" href="/dossiers">Dossiers</a><p>Alle dossiers die u mag zien, te filteren en te downloaden.</p></li>
 <li class="card"><a class="card__link" href="/dossiers/tlv">TLV-aanvragen</a><p>De aanvragen voor een toelaatbaarheidsverklaring met hun status, doorlooptijd, signaleringen en besluit.</p></li>
 <li class="card"><a class="card__link" href="/signaleringen">Signaleringen</a><p>Wat op tijd aandacht nodig heeft.</p></li>
</ul>
<?cs /if ?>
<?cs if:User.receiving ?>
<h2>Ontvangende school</h2>
<ul class="card-list">
 <li class="card"><a class="card__link" href="/tlv">Toelaatbaarheidsverklaringen</a><p>De TLV's die aan uw school zijn gericht: downloaden en de plaatsing bevestigen.</p></li>
</ul>
<?cs /if ?>
<h2>Uw rollen</h2>
<table class="table">
 <caption class="visually-hidden">Uw rollen en wat u daarmee mag</caption>
 <thead><tr><th scope="col">Rol</th><th scope="col">Organisatie</th><th scope="col">Daarmee kunt u</th></tr></thead>
 <tbody>
 <?cs each:r = Roles ?><tr><td><?cs var:r.label ?></td><td><?cs var:r.org ?></td><td><?cs var:r.may ?></td></tr>
 <?cs /each ?></tbody>
</table>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
