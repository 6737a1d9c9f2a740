<?cs include:"partials/header.cs" ?>
<h1>Beheer</h1>
<ul class="card-list">
 <li class="card"><a class="card__link" href="/beheer/organisaties">Organisaties</a><p>Het samenwerkingsverband zelf, deelverbanden, besturen, scholen en externe organisaties.</p></li>
 <li class="card"><a class="card__link" href="/beheer/gebruikers">Gebruikers</a><p>Accounts, uitnodigingen en rollen per organisatie.</p></li>
 <li class="card"><a class="card__link" href="/beheer/formulieren">Formulieren</a><p>Het aanvraagformulier en de stappen per soort dossier bekijken, downloaden en inlezen als JSON-bestand.</p></li>
 <li class="card"><a class="card__link" href="/beheer/auditlog">Auditlog</a><p>Alle wijzigingen: wie, wanneer, wat, oude en nieuwe waarde.</p></li>
 <li class="card"><a class="card__link" href="/leerlingen/inzage">Inzageverzoek</a><p>Alle gegevens van één leerling, met wie ze wanneer heeft bekeken, als Excel-bestand voor de ouders (AVG, artikel 15).</p></li>
</ul>
<?cs include:"partials/footer.cs" ?>
