<?cs set:Page.section = "audit" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Auditlog</h1>
<p class="lead">Elke wijziging in Passend: wie, wanneer, wat, de oude en de nieuwe waarde. Het log kan niet worden gewijzigd.</p>
<?cs call:error_summary() ?>
<form method="get" action="/beheer/auditlog" class="filter" role="search" aria-label="Auditlog filteren">
 <?cs call:input("q", "Gebruiker", "search", "", "", "m") ?>
 <?cs call:field_start("actie", "Actie", "") ?>
  <select class="select" id="f-actie" name="actie"<?cs call:described("actie", "") ?>>
   <?cs call:option("actie", "", "Alle acties") ?>
   <?cs each:a = Actions ?><?cs call:option("actie", a.action, a.action_label) ?><?cs /each ?>
  </select>
 </div>
 <?cs call:input("van", "Vanaf", "date", "", "", "s") ?>
 <?cs call:input("tot", "Tot en met", "date", "", "", "s") ?>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<table class="table table--compact">
 <caption>Gebeurtenissen (<?cs var:Pager.total ?>)</caption>
 <thead><tr><th scope="col">Tijdstip</th><th scope="col">Gebruiker</th><th scope="col">Actie</th><th scope="col">Gegeven</th><th scope="col">Veld</th><th scope="col">Oud</th><th scope="col">Nieuw</th></tr></thead>
 <tbody>
 <?cs each:a = Audit ?><tr>
  <td><?cs var:a.at ?></td>
  <td><?cs alt:a.user_name ?>–<?cs /alt ?></td>
  <td><?cs var:a.action_label ?></td>
  <td><?cs var:a.object_type_label ?><?cs if:a.object_id ?> #<?cs var:a.object_id ?><?cs /if ?></td>
  <td><?cs var:a.field_label ?></td>
  <td><?cs var:a.old_value ?></td>
  <td><?cs var:a.new_value ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs call:pager("/beheer/auditlog") ?>
<?cs include:"partials/footer.cs" ?>
