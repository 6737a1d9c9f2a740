<?cs set:Page.section = "signals" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Signaleringen</h1>
<p class="lead">Dossiers die te lang in een stap staan, of waarvan een datum nadert. Een signalering verdwijnt vanzelf als het dossier verder gaat of de datum wordt aangepast.</p>
<table class="table">
 <caption>Open signaleringen (<?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.total ?>)</caption>
 <thead><tr><th scope="col">Dossier</th><th scope="col">Leerling</th><th scope="col">Status</th><th scope="col">Signalering</th><th scope="col">Gesignaleerd op</th></tr></thead>
 <tbody>
 <?cs each:g = Signals ?><tr>
  <td><a href="/dossiers/<?cs var:g.dossier_id ?>">Dossier <?cs var:g.dossier_id ?></a><br><span class="muted"><?cs var:g.type ?></span></td>
  <td><?cs var:g.pupil ?><br><span class="muted"><?cs var:g.school ?></span></td>
  <td><?cs var:g.state_label ?></td>
  <td><?cs var:g.label ?></td>
  <td class="nowrap"><?cs var:g.due ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Signals) == 0 ?><p>Er zijn geen open signaleringen.</p><?cs /if ?>
<?cs call:pager("/signaleringen") ?>
<?cs include:"partials/footer.cs" ?>
