<?cs set:Page.section = "contact" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Berichten</h1>
<p class="lead">Berichten uit het contactformulier op de website. Wijs een bericht toe aan een collega, beantwoord het per e-mail en sluit het af. Het formulier staat op <a href="/contact">/contact</a>.</p>
<form method="get" action="/berichten" class="filter" role="search" aria-label="Berichten filteren">
 <?cs call:input("q", "Zoek op kenmerk, naam of e-mailadres", "search", "", "off", "m") ?>
 <?cs call:field_start("status", "Status", "") ?>
  <select class="select" id="f-status" name="status"><?cs call:option("status", "", "Open (niet gesloten)") ?><?cs call:option("status", "nieuw", "Nieuw") ?><?cs call:option("status", "in_behandeling", "In behandeling") ?><?cs call:option("status", "beantwoord", "Beantwoord") ?><?cs call:option("status", "gesloten", "Gesloten") ?><?cs call:option("status", "alle", "Alle") ?></select>
 </div>
 <?cs call:field_start("toegewezen", "Toegewezen aan", "") ?>
  <select class="select" id="f-toegewezen" name="toegewezen"><?cs call:option("toegewezen", "", "Iedereen") ?><?cs call:option("toegewezen", "mij", "Mij") ?><?cs call:option("toegewezen", "niemand", "Nog niemand") ?></select>
 </div>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<table class="table">
 <caption>Berichten (<?cs var:Pager.total ?>)</caption>
 <thead><tr><th scope="col">Kenmerk</th><th scope="col">Ontvangen</th><th scope="col">Van</th><th scope="col">Onderwerp</th><th scope="col">Status</th><th scope="col">Toegewezen aan</th></tr></thead>
 <tbody>
 <?cs each:m = Messages ?><tr>
  <td><a href="/berichten/<?cs var:m.id ?>"><?cs var:m.reference ?></a></td>
  <td class="nowrap"><?cs var:m.received_at ?></td>
  <td><?cs if:m.purged_at ?><span class="muted">Verwijderd</span><?cs else ?><?cs var:m.name ?><br><span class="muted"><?cs var:m.kind_label ?></span><?cs /if ?></td>
  <td><?cs if:m.purged_at ?><span class="muted">Inhoud verwijderd na de bewaartermijn</span><?cs else ?><?cs var:m.subject ?><?cs /if ?></td>
  <td><?cs var:m.state_label ?></td>
  <td><?cs alt:m.assignee ?><span class="muted">Nog niemand</span><?cs /alt ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs if:subcount(Messages) == 0 ?><p>Er zijn geen berichten met deze filters.</p><?cs /if ?>
<?cs call:pager("/berichten") ?>
<?cs include:"partials/footer.cs" ?>
