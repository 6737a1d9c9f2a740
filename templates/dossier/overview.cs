<?cs set:Page.section = "tlv_overview" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>TLV-aanvragen</h1>
<?cs if:subcount(TlvTypes) == 0 ?>
<p>Er is geen soort dossier dat met een toelaatbaarheidsverklaring wordt besloten.</p>
<?cs else ?>
<p>Standaard ziet u de lopende aanvragen: compleet ingediend en nog niet besloten, de langst wachtende eerst. De doorlooptijd telt vanaf het moment dat de school de aanvraag compleet indiende; na <?cs var:Overview.warn ?> weken volgt een waarschuwing, na <?cs var:Overview.over ?> weken is de termijn verstreken.</p>
<?cs call:error_summary() ?>
<form method="get" action="/dossiers/tlv" class="filter" role="search" aria-label="TLV-aanvragen filteren">
 <?cs call:input("q", "Naam leerling of TLV-nummer", "search", "", "", "m") ?>
 <?cs if:subcount(TlvTypes) > 1 ?>
 <?cs call:field_start("soort", "Soort", "") ?>
  <select class="select" id="f-soort" name="soort"<?cs call:described("soort", "") ?>><?cs each:t = TlvTypes ?><?cs call:option("soort", t.id, t.name) ?><?cs /each ?></select>
 </div>
 <?cs /if ?>
 <?cs call:field_start("status", "Status", "") ?>
  <select class="select" id="f-status" name="status"<?cs call:described("status", "") ?>><?cs call:option("status", "", "Lopende aanvragen") ?><?cs call:option("status", "alle", "Alle") ?><?cs each:s = TlvStates ?><?cs call:option("status", s.key, s.label) ?><?cs /each ?></select>
 </div>
 <?cs call:field_start("termijn", "Doorlooptijd", "") ?>
  <select class="select" id="f-termijn" name="termijn"<?cs call:described("termijn", "") ?>><?cs call:option("termijn", "", "Alle") ?><?cs call:option("termijn", "waarschuwing", "Langer dan " + Overview.warn + " weken") ?><?cs call:option("termijn", "verstreken", "Langer dan " + Overview.over + " weken") ?></select>
 </div>
 <?cs call:field_start("school", "School", "") ?>
  <select class="select" id="f-school" name="school"><?cs call:option("school", "", "Alle") ?><?cs each:s = SchoolChoices ?><option value="<?cs var:s.id ?>"<?cs if:s.id == Field.school.value ?> selected<?cs /if ?>><?cs var:s.name ?></option><?cs /each ?></select>
 </div>
 <?cs call:field_start("bestuur", "Bestuur", "") ?>
  <select class="select" id="f-bestuur" name="bestuur"><?cs call:option("bestuur", "", "Alle") ?><?cs each:s = BestuurChoices ?><option value="<?cs var:s.id ?>"<?cs if:s.id == Field.bestuur.value ?> selected<?cs /if ?>><?cs var:s.name ?></option><?cs /each ?></select>
 </div>
 <?cs call:checkbox("signalen", "Alleen met een open signalering", "") ?>
 <?cs if:Field.s.value ?><input type="hidden" name="s" value="<?cs var:Field.s.value ?>"><?cs /if ?>
 <button type="submit" class="button button--secondary">Filteren</button>
</form>
<?cs if:subcount(Errors) == 0 ?>
<table class="table table--compact">
 <caption>TLV-aanvragen (<?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.total ?>)</caption>
 <thead><tr><?cs call:sort_th("Leerling", "leerling", "/dossiers/tlv") ?><th scope="col">School</th><th scope="col">Status</th><?cs call:sort_th("Compleet ingediend", "", "/dossiers/tlv") ?><th scope="col">Doorlooptijd</th><th scope="col">Signaleringen</th><th scope="col">Besluit</th></tr></thead>
 <tbody>
 <?cs each:d = Requests ?><tr>
  <td><a href="/dossiers/<?cs var:d.id ?>"><?cs var:d.pupil ?></a><br><span class="muted">Dossier <?cs var:d.id ?></span></td>
  <td><?cs var:d.school ?></td>
  <td><?cs var:d.state ?></td>
  <td><?cs if:d.complete_at ?><?cs var:d.complete_at ?><?cs else ?><span class="muted">Nog niet</span><?cs /if ?></td>
  <td><?cs if:d.lead ?><?cs var:d.lead ?><?cs else ?><span class="muted">–</span><?cs /if ?><?cs if:d.term == "waarschuwing" ?><br><span class="term term--waarschuwing">Waarschuwing</span><?cs elif:d.term == "verstreken" ?><br><span class="term term--verstreken">Termijn verstreken</span><?cs /if ?></td>
  <td><?cs if:d.signals > 0 ?><?cs var:d.first_signal ?><?cs if:d.signals > 1 ?> <span class="muted">(en <?cs var:d.signals - 1 ?> meer)</span><?cs /if ?><?cs else ?><span class="muted">Geen</span><?cs /if ?></td>
  <td><?cs if:d.outcome == "toegekend" ?><?cs var:d.number ?><br><?cs var:d.kind ?><?cs if:d.category ?>, <?cs var:d.category ?><?cs /if ?><br><span class="muted"><?cs var:d.start_date ?> tot en met <?cs var:d.end_date ?></span><?cs if:d.placed_on ?><br>Geplaatst per <?cs var:d.placed_on ?><?cs /if ?><?cs elif:d.outcome == "afgewezen" ?>Afgewezen<?cs else ?><span class="muted">Nog niet</span><?cs /if ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs if:subcount(Requests) == 0 ?><p>Geen aanvragen gevonden.</p><?cs /if ?>
<?cs call:pager("/dossiers/tlv") ?>
<?cs if:Pager.total > 0 ?><p class="export">Deze lijst (<?cs if:Pager.more ?>meer dan <?cs /if ?><?cs var:Pager.total ?> <?cs if:Pager.total == 1 ?>aanvraag<?cs else ?>aanvragen<?cs /if ?>, met de gekozen filters) downloaden als <a href="/dossiers/tlv/export.xlsx?<?cs var:Export.query ?>">Excel-bestand</a>. Het downloaden wordt per dossier vastgelegd.</p><?cs /if ?>
<?cs /if ?>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
