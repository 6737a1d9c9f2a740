<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Dossiers</h1>
<?cs call:error_summary() ?>
<form method="get" action="/dossiers" class="filter" role="search" aria-label="Dossiers filteren">
 <?cs call:input("q", "Naam leerling", "search", "", "", "m") ?>
 <?cs call:field_start("soort", "Soort", "") ?>
  <select class="select" id="f-soort" name="soort"><?cs call:option("soort", "", "Alle") ?><?cs each:t = Types ?><?cs call:option("soort", t.id, t.name) ?><?cs /each ?></select>
 </div>
 <?cs call:field_start("status", "Status", "") ?>
  <select class="select" id="f-status" name="status"><?cs call:option("status", "", "Alle") ?><?cs each:s = StateChoices ?><?cs call:option("status", s.key, s.label) ?><?cs /each ?></select>
 </div>
 <?cs # Schools and besturen are many: options inline, as a macro call each was most of the page's rendering. ?>
 <?cs call:field_start("school", "School", "") ?>
  <select class="select" id="f-school" name="school"><?cs call:option("school", "", "Alle") ?><?cs each:s = SchoolChoices ?><option value="<?cs var:s.id ?>"<?cs if:s.id == Field.school.value ?> selected<?cs /if ?>><?cs var:s.name ?></option><?cs /each ?></select>
 </div>
 <?cs call:field_start("bestuur", "Bestuur", "") ?>
  <select class="select" id="f-bestuur" name="bestuur"><?cs call:option("bestuur", "", "Alle") ?><?cs each:s = BestuurChoices ?><option value="<?cs var:s.id ?>"<?cs if:s.id == Field.bestuur.value ?> selected<?cs /if ?>><?cs var:s.name ?></option><?cs /each ?></select>
 </div>
 <?cs call:input("van", "Gestart vanaf", "date", "", "", "s") ?>
 <?cs call:input("tot", "Gestart tot en met", "date", "", "", "s") ?>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<table class="table">
 <caption>Dossiers (<?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.total ?>)</caption>
 <thead><tr><th scope="col">Dossier</th><?cs call:sort_th("Leerling", "leerling", "/dossiers") ?><?cs call:sort_th("Soort", "soort", "/dossiers") ?><?cs call:sort_th("Status", "status", "/dossiers") ?><?cs call:sort_th("School", "school", "/dossiers") ?><?cs call:sort_th("Laatst gewijzigd", "", "/dossiers") ?></tr></thead>
 <tbody>
 <?cs each:d = Dossiers ?><tr>
  <td><a href="/dossiers/<?cs var:d.id ?>">Dossier <?cs var:d.id ?></a></td>
  <td><?cs var:d.pupil ?></td><td><?cs var:d.type ?></td><td><?cs var:d.state_label ?></td><td><?cs var:d.school ?></td><td><?cs var:d.updated_at ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs if:subcount(Dossiers) == 0 ?><p>Geen dossiers gevonden.</p><?cs /if ?>
<?cs call:pager("/dossiers") ?>
<?cs if:Pager.total > 0 ?><?cs if:Pager.more ?><p>Gebruik de filters om de lijst kleiner te maken.</p><?cs /if ?>
<p class="export">Deze lijst (<?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.total ?> <?cs if:Pager.total == 1 ?>dossier<?cs else ?>dossiers<?cs /if ?>, met de gekozen filters) downloaden als <a href="/dossiers/export.xlsx?<?cs var:Export.query ?>">Excel-bestand</a> of <a href="/dossiers/export.csv?<?cs var:Export.query ?>">CSV-bestand</a>. Het downloaden wordt per dossier vastgelegd.</p><?cs /if ?>
<?cs include:"partials/footer.cs" ?>
