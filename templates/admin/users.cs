<?cs set:Page.section = "users" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Gebruikers</h1>
<p><a class="button button--secondary" href="/beheer/gebruikers/nieuw">Gebruiker toevoegen</a></p>
<?cs call:error_summary() ?>
<form method="get" action="/beheer/gebruikers" class="filter" role="search" aria-label="Gebruikers filteren">
 <?cs call:input("q", "Zoek op naam of e-mailadres", "search", "", "", "m") ?>
 <?cs call:field_start("actief", "Status", "") ?>
  <select class="select" id="f-actief" name="actief"<?cs call:described("actief", "") ?>>
   <?cs call:option("actief", "", "Alle") ?>
   <?cs call:option("actief", "ja", "Actief") ?>
   <?cs call:option("actief", "nee", "Niet actief") ?>
  </select>
 </div>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<table class="table">
 <caption>Gebruikers (<?cs var:Pager.total ?>)</caption>
 <thead><tr><?cs call:sort_th("Naam", "", "/beheer/gebruikers") ?><?cs call:sort_th("E-mailadres", "email", "/beheer/gebruikers") ?><th scope="col">Rollen</th><th scope="col">Tweestaps&shy;verificatie</th><?cs call:sort_th("Status", "status", "/beheer/gebruikers") ?></tr></thead>
 <tbody>
 <?cs each:u = Users ?><tr>
  <td><a href="/beheer/gebruikers/<?cs var:u.id ?>"><?cs var:u.name ?></a></td>
  <td><?cs var:u.email ?></td>
  <td><?cs alt:u.roles ?>–<?cs /alt ?></td>
  <td><?cs if:u.totp_enabled == "1" ?>Ingesteld<?cs else ?>Nog niet<?cs /if ?></td>
  <td><?cs if:u.active == "1" ?>Actief<?cs else ?>Niet actief<?cs /if ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Users) == 0 ?><p>Geen gebruikers gevonden.</p><?cs /if ?>
<?cs call:pager("/beheer/gebruikers") ?>
<?cs include:"partials/footer.cs" ?>
