<?cs set:Page.section = "tlv" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<h1>Toelaatbaarheidsverklaringen</h1>
<p class="lead">De TLV's die het samenwerkingsverband aan uw school heeft gericht. Download de verklaring en bevestig de plaatsing zodra de leerling bij u staat ingeschreven.</p>
<form method="get" action="/tlv" class="filter">
 <div class="field">
  <label class="field__label" for="f-toon">Toon</label>
  <select class="select" id="f-toon" name="toon">
   <?cs call:option("toon", "open", "Nog te plaatsen") ?><?cs call:option("toon", "geplaatst", "Geplaatst") ?><?cs call:option("toon", "alle", "Alle") ?>
  </select>
 </div>
 <button type="submit" class="button button--secondary">Toon</button>
</form>
<table class="table">
 <caption>Toelaatbaarheidsverklaringen (<?cs var:subcount(Tlvs) ?>)</caption>
 <thead><tr><th scope="col">TLV</th><th scope="col">Leerling</th><th scope="col">Soort</th><th scope="col">Geldig</th><th scope="col">Plaatsing</th></tr></thead>
 <tbody>
 <?cs each:t = Tlvs ?><tr>
  <td><a href="/tlv/<?cs var:t.id ?>"><?cs var:t.number ?></a></td>
  <td><?cs var:t.pupil ?><br><span class="muted">geboren <?cs var:t.birth_date ?></span></td>
  <td><?cs var:t.kind ?><?cs if:t.category ?><br><span class="muted"><?cs var:t.category ?></span><?cs /if ?></td>
  <td class="nowrap"><?cs var:t.start_date ?> t/m <?cs var:t.end_date ?></td>
  <td><?cs if:t.placed_on ?>Geplaatst per <?cs var:t.placed_on ?><?cs else ?>Nog niet bevestigd<?cs /if ?></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Tlvs) == 0 ?><p>Er zijn hier geen toelaatbaarheidsverklaringen.</p><?cs /if ?>
<?cs include:"partials/footer.cs" ?>
