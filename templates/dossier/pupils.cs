<?cs set:Page.section = "pupils" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Leerlingen</h1>
<p><a class="button button--secondary" href="/leerlingen/nieuw">Leerling toevoegen</a></p>
<?cs call:error_summary() ?>
<form method="get" action="/leerlingen" class="filter" role="search" aria-label="Leerlingen zoeken">
 <?cs call:input("q", "Zoek op naam", "search", "", "", "m") ?>
 <button type="submit" class="button button--secondary">Zoeken</button>
</form>
<table class="table">
 <caption>Leerlingen (<?cs var:Pager.total ?>)</caption>
 <thead><tr><th scope="col">Naam</th><th scope="col">Geboortedatum</th><th scope="col">Groep of leerjaar</th><th scope="col">School</th></tr></thead>
 <tbody>
 <?cs each:p = Pupils ?><tr>
  <td><a href="/leerlingen/<?cs var:p.id ?>"><?cs var:p.name ?></a></td>
  <td><?cs var:p.birth_date ?></td>
  <td><?cs alt:p.grade ?>–<?cs /alt ?></td>
  <td><?cs var:p.school ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Pupils) == 0 ?><p>Geen leerlingen gevonden.</p><?cs /if ?>
<?cs call:pager("/leerlingen") ?>
<?cs include:"partials/footer.cs" ?>
