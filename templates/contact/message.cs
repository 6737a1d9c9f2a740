<?cs set:Page.section = "contact" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<?cs def:timeline(m) ?>
<h2>Tijdlijn</h2>
<ol class="timeline">
 <li class="timeline__item">
  <p class="timeline__meta"><time><?cs var:m.received_at ?></time> · Contactformulier</p>
  <p class="timeline__label">Bericht ontvangen</p>
 </li>
 <?cs each:e = Events ?><li class="timeline__item timeline__item--<?cs var:e.kind ?>">
  <p class="timeline__meta"><time><?cs var:e.at ?></time> · <?cs alt:e.who ?>Systeem<?cs /alt ?></p>
  <p class="timeline__label"><?cs var:e.label ?></p>
  <?cs if:e.body ?><p class="pre"><?cs var:e.body ?></p><?cs /if ?>
 </li><?cs /each ?>
</ol>
<?cs /def ?>
<?cs with:m = Message.0 ?>
<p class="breadcrumb"><a href="/berichten">Berichten</a></p>
<h1>Bericht <?cs var:m.reference ?> <span class="subtitle"><?cs var:m.state_label ?></span></h1>
<?cs call:error_summary() ?>
<?cs if:m.purged_at ?>
<div class="notice" role="status"><p>De inhoud van dit bericht is op <?cs var:m.purged_at ?> verwijderd, omdat de bewaartermijn voorbij was. Wat overblijft: het kenmerk, de datums en de soort afzender.</p></div>
<dl class="facts">
 <dt>Ontvangen</dt><dd><?cs var:m.received_at ?></dd>
 <dt>Afzender</dt><dd><?cs var:m.kind_label ?></dd>
 <dt>Gesloten</dt><dd><?cs var:m.closed_at ?></dd>
</dl>
<?cs call:timeline(m) ?>
<?cs else ?>
<dl class="facts">
 <dt>Ontvangen</dt><dd><?cs var:m.received_at ?></dd>
 <dt>Van</dt><dd><?cs var:m.name ?> (<?cs var:m.kind_label ?>)</dd>
 <dt>E-mailadres</dt><dd><?cs var:m.email ?></dd>
 <?cs if:m.phone ?><dt>Telefoon</dt><dd><?cs var:m.phone ?></dd><?cs /if ?>
 <?cs if:m.school ?><dt>School</dt><dd><?cs var:m.school ?></dd><?cs /if ?>
 <?cs if:m.pupil_first_name || m.pupil_birth_year ?><dt>Kind</dt><dd><?cs var:m.pupil_first_name ?><?cs if:m.pupil_birth_year ?><?cs if:m.pupil_first_name ?>, <?cs /if ?>geboren in <?cs var:m.pupil_birth_year ?><?cs /if ?></dd><?cs /if ?>
 <dt>Toegewezen aan</dt><dd><?cs alt:m.assignee ?>Nog niemand<?cs /alt ?></dd>
</dl>
<h2>Onderwerp: <?cs var:m.subject ?></h2>
<div class="message__text"><?cs var:m.body ?></div>

<?cs call:timeline(m) ?>

<h2>Beantwoorden</h2>
<form method="post" action="/berichten/<?cs var:m.id ?>/antwoord" novalidate>
 <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:field_start("antwoord", "Antwoord", "Gaat per e-mail naar " + m.email + ", met het bericht eronder. Het antwoord komt op de tijdlijn.") ?>
  <textarea class="textarea" id="f-antwoord" name="antwoord" rows="8"<?cs call:described("antwoord", "x") ?>><?cs var:Field.antwoord.value ?></textarea>
 </div>
 <button type="submit" class="button button--primary">Antwoord versturen</button>
</form>

<h2>Interne notitie</h2>
<form method="post" action="/berichten/<?cs var:m.id ?>/notitie" novalidate>
 <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:field_start("notitie", "Notitie", "Alleen voor medewerkers van het samenwerkingsverband; de afzender ziet dit niet.") ?>
  <textarea class="textarea" id="f-notitie" name="notitie" rows="3"<?cs call:described("notitie", "x") ?>><?cs var:Field.notitie.value ?></textarea>
 </div>
 <button type="submit" class="button button--secondary">Notitie toevoegen</button>
</form>

<h2 id="dossier">Dossier maken</h2>
<?cs if:m.dossier_id ?>
<p>Van dit bericht is <a href="/dossiers/<?cs var:m.dossier_id ?>">dossier <?cs var:m.dossier_id ?></a> gemaakt.</p>
<?cs else ?>
<p>Gaat het bericht over een leerling voor wie een dossier nodig is, zoals een TLV-aanvraag? Zoek de leerling en start het dossier; het bericht komt op de tijdlijn van het dossier. Staat de leerling er nog niet in? <a href="/leerlingen/nieuw">Voeg de leerling eerst toe</a>.</p>
<form method="get" action="/berichten/<?cs var:m.id ?>#dossier" class="filter" role="search" aria-label="Leerling zoeken">
 <?cs call:input("leerling", "Zoek de leerling op naam", "search", "", "off", "m") ?>
 <button type="submit" class="button button--secondary">Zoeken</button>
</form>
<?cs if:Lookup.done ?><?cs if:subcount(Pupils) > 0 ?>
<form method="post" action="/berichten/<?cs var:m.id ?>/dossier" novalidate>
 <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <input type="hidden" name="leerling" value="<?cs var:Field.leerling.value ?>">
 <fieldset class="fieldset<?cs if:Field.leerling_id.error ?> field--invalid<?cs /if ?>" id="f-leerling_id">
  <legend class="fieldset__legend">Leerling</legend>
  <?cs each:p = Pupils ?><div class="choice">
   <input class="radio" type="radio" id="f-leerling_id-<?cs var:p.id ?>" name="leerling_id" value="<?cs var:p.id ?>"<?cs if:subcount(Pupils) == 1 ?> checked<?cs /if ?>>
   <label for="f-leerling_id-<?cs var:p.id ?>"><?cs var:p.name ?>, geboren <?cs var:p.birth_date ?>, <?cs var:p.school ?></label>
  </div><?cs /each ?>
 </fieldset>
 <?cs call:field_start("type_id", "Soort dossier", "") ?>
  <select class="select" id="f-type_id" name="type_id"<?cs call:described("type_id", "") ?>><?cs call:option("type_id", "", "Kies…") ?><?cs each:t = Types ?><?cs call:option("type_id", t.id, t.name) ?><?cs /each ?></select>
 </div>
 <button type="submit" class="button button--primary">Dossier starten</button>
</form>
<?cs else ?><p>Geen leerling gevonden met deze naam.</p><?cs /if ?><?cs /if ?>
<?cs /if ?>

<h2>Toewijzen</h2>
<form method="post" action="/berichten/<?cs var:m.id ?>/toewijzen" class="filter" novalidate>
 <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <?cs call:field_start("medewerker", "Toewijzen aan", "") ?>
  <select class="select" id="f-medewerker" name="medewerker"><?cs call:option("medewerker", "", "Nog niemand") ?><?cs each:s = Staff ?><?cs call:option("medewerker", s.id, s.name) ?><?cs /each ?></select>
 </div>
 <button type="submit" class="button button--secondary">Toewijzen</button>
</form>

<div class="actions" id="f-status">
 <?cs if:m.state == "gesloten" ?>
 <form method="post" action="/berichten/<?cs var:m.id ?>/heropenen" class="inline-form"><?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>"><button type="submit" class="button button--secondary">Heropenen</button></form>
 <?cs else ?>
 <form method="post" action="/berichten/<?cs var:m.id ?>/sluiten" class="inline-form"><?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>"><button type="submit" class="button button--secondary">Bericht sluiten</button></form>
 <?cs /if ?>
</div>
<?cs /if ?>

<?cs /with ?>
<?cs include:"partials/footer.cs" ?>
