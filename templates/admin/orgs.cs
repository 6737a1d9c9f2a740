<?cs set:Page.section = "orgs" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Organisaties</h1>
<p><a class="button button--secondary" href="/beheer/organisaties/nieuw?type=school">School toevoegen</a>
 <a class="button button--secondary" href="/beheer/organisaties/nieuw?type=bestuur">Bestuur toevoegen</a>
 <a class="button button--secondary" href="/beheer/organisaties/nieuw?type=deelverband">Deelverband toevoegen</a>
 <a class="button button--secondary" href="/beheer/organisaties/nieuw?type=extern">Externe organisatie toevoegen</a></p>
<?cs call:error_summary() ?>
<form method="get" action="/beheer/organisaties" class="filter" role="search" aria-label="Organisaties filteren">
 <?cs call:field_start("type", "Soort", "") ?>
  <select class="select" id="f-type" name="type"<?cs call:described("type", "") ?>>
   <?cs call:option("type", "", "Alle soorten") ?>
   <?cs call:option("type", "swv", "Samenwerkingsverband") ?>
   <?cs call:option("type", "deelverband", "Deelverbanden") ?>
   <?cs call:option("type", "bestuur", "Schoolbesturen") ?>
   <?cs call:option("type", "school", "Scholen") ?>
   <?cs call:option("type", "extern", "Externe organisaties") ?>
  </select>
 </div>
 <?cs call:input("q", "Zoek op naam of BRIN", "search", "", "", "m") ?>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<table class="table">
 <caption>Organisaties (<?cs var:Pager.total ?>)</caption>
 <thead><tr><?cs call:sort_th("Naam", "naam", "/beheer/organisaties") ?><?cs call:sort_th("Soort", "", "/beheer/organisaties") ?><th scope="col">BRIN</th><th scope="col">Bestuur of deelverband</th><?cs call:sort_th("Plaats", "plaats", "/beheer/organisaties") ?><th scope="col">Status</th></tr></thead>
 <tbody>
 <?cs each:o = Orgs ?><tr>
  <td><a href="/beheer/organisaties/<?cs var:o.id ?>"><?cs var:o.name ?></a></td>
  <td><?cs var:o.type_label ?><?cs if:o.school_type ?> (<?cs var:o.school_type ?>)<?cs /if ?></td>
  <td class="nowrap"><?cs if:o.brin ?><?cs var:o.brin ?> <?cs var:o.vestiging ?><?cs /if ?></td>
  <td><?cs var:o.parent ?></td>
  <td><?cs var:o.city ?></td>
  <td><?cs if:o.active == "1" ?>Actief<?cs else ?>Niet actief<?cs /if ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Orgs) == 0 ?><p>Geen organisaties gevonden.</p><?cs /if ?>
<?cs call:pager("/beheer/organisaties") ?>
<?cs include:"partials/footer.cs" ?>
