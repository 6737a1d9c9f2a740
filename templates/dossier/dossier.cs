<?cs set:Page.section = "dossiers" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?><?cs include:"dossier/answers.cs" ?>
<p class="breadcrumb"><a href="/dossiers">Dossiers</a></p>
<h1><?cs var:Dossier.type ?> <span class="subtitle">Dossier <?cs var:Dossier.id ?></span></h1>
<?cs call:error_summary() ?>
<dl class="facts">
 <dt>Leerling</dt><dd><?cs if:User.pupils ?><a href="/leerlingen/<?cs var:Dossier.pupil_id ?>"><?cs var:Dossier.pupil ?></a><?cs else ?><?cs var:Dossier.pupil ?><?cs /if ?></dd>
 <dt>School</dt><dd><?cs var:Dossier.school ?></dd>
 <dt>Status</dt><dd><strong class="status"><?cs var:Dossier.state_label ?></strong></dd>
 <?cs if:Extends.0.number ?><dt>Verlenging van</dt><dd><a href="/dossiers/<?cs var:Extends.0.dossier_id ?>"><?cs var:Extends.0.number ?></a>, geldig tot en met <?cs var:Extends.0.end_date ?></dd><?cs /if ?>
</dl>
<?cs if:Dossier.may_edit == "1" || subcount(Steps) > 0 || Dossier.may_decide == "1" ?>
<div class="actions" id="f-step">
 <?cs if:Dossier.may_edit == "1" ?><a class="button button--secondary" href="/dossiers/<?cs var:Dossier.id ?>/invullen">Formulier invullen</a><?cs /if ?>
 <?cs if:Dossier.may_decide == "1" ?><a class="button button--primary" href="/dossiers/<?cs var:Dossier.id ?>/besluit">Besluit nemen</a><?cs /if ?>
 <?cs each:s = Steps ?>
 <form method="post" action="/dossiers/<?cs var:Dossier.id ?>/stap" class="inline-form">
  <?cs call:csrf() ?><input type="hidden" name="version" value="<?cs var:Dossier.version ?>"><input type="hidden" name="step" value="<?cs var:s.key ?>">
  <button type="submit" class="button button--primary"><?cs var:s.label ?></button>
 </form>
 <?cs /each ?>
</div>
<?cs /if ?>

<?cs if:subcount(Decision) > 0 ?><?cs with:t = Decision.0 ?>
<h2 id="besluit">Besluit</h2>
<?cs if:t.outcome == "toegekend" ?>
<dl class="facts">
 <dt>TLV-nummer</dt><dd><strong><?cs var:t.number ?></strong></dd>
 <dt>Soort onderwijs</dt><dd><?cs var:t.kind ?></dd>
 <?cs if:t.category ?><dt>Bekostigingscategorie</dt><dd><?cs var:t.category ?></dd><?cs /if ?>
 <dt>Geldig</dt><dd><?cs var:t.start_date ?> tot en met <?cs var:t.end_date ?></dd>
 <?cs if:subcount(t.receivers) > 0 ?><dt>Bedoeld voor</dt><dd><?cs each:x = t.receivers ?><?cs var:x.name ?><?cs if:x.placed_on ?>: <strong>geplaatst per <?cs var:x.placed_on ?></strong><?cs /if ?><br><?cs /each ?></dd><?cs /if ?>
 <dt>Besloten door</dt><dd><?cs var:t.decided_by ?>, <?cs var:t.decided_at ?></dd>
 <dt>Ouders geïnformeerd</dt><dd><?cs if:t.informed_on ?><?cs var:t.informed_on ?> <span class="muted">(vastgelegd door <?cs var:t.informed_by ?>)</span><?cs else ?>Nog niet vastgelegd<?cs /if ?></dd>
</dl>
<h3>Motivering van de duur</h3><p class="pre"><?cs var:t.duration_reason ?></p>
<?cs if:t.category_reason ?><h3>Motivering van de categorie</h3><p class="pre"><?cs var:t.category_reason ?></p><?cs /if ?>
<?cs else ?>
<p><strong>De aanvraag is afgewezen</strong> door <?cs var:t.decided_by ?>, <?cs var:t.decided_at ?>.</p>
<h3>Motivering</h3><p class="pre"><?cs var:t.refusal_reason ?></p>
<p>Ouders geïnformeerd: <?cs if:t.informed_on ?><?cs var:t.informed_on ?> <span class="muted">(vastgelegd door <?cs var:t.informed_by ?>)</span><?cs else ?>nog niet vastgelegd<?cs /if ?></p>
<?cs /if ?>
<?cs if:t.has_tlv == "1" || t.has_letter == "1" ?>
<ul class="downloads">
 <?cs if:t.has_tlv == "1" ?><li><a href="/dossiers/<?cs var:Dossier.id ?>/tlv.pdf">Toelaatbaarheidsverklaring <?cs var:t.number ?> (PDF)</a></li><?cs /if ?>
 <?cs if:t.has_letter == "1" ?><li><a href="/dossiers/<?cs var:Dossier.id ?>/besluit.pdf">Besluitbrief met beide adviezen (PDF)</a></li><?cs /if ?>
</ul>
<?cs /if ?>
<?cs if:!t.informed_on && t.may_inform == "1" ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/ouders-geinformeerd" class="filter" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("informed_on", "Datum waarop de ouders zijn geïnformeerd", "date", "", "off", "s") ?>
 <button type="submit" class="button button--secondary">Vastleggen dat de ouders zijn geïnformeerd</button>
</form>
<?cs /if ?>
<?cs if:t.outcome == "toegekend" ?>
<h3>Verlenging</h3>
<?cs each:x = t.extensions ?><p>Verlenging aangevraagd: <a href="/dossiers/<?cs var:x.id ?>">dossier <?cs var:x.id ?></a> (<?cs var:x.state_label ?>)</p><?cs /each ?>
<?cs if:t.may_extend == "1" ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/verlengen" class="inline-form">
 <?cs call:csrf() ?>
 <p>Heeft de leerling na <?cs var:t.end_date ?> nog een plek in het speciaal (basis)onderwijs nodig? Vraag dan op tijd een verlenging aan. De aanvraag begint met de antwoorden van deze aanvraag.</p>
 <button type="submit" class="button button--secondary">Verlenging aanvragen</button>
</form>
<?cs elif:subcount(t.extensions) == 0 ?><p>Er is geen verlenging aangevraagd.</p><?cs /if ?>
<?cs /if ?>
<?cs /with ?><?cs /if ?>
<?cs if:Objection.staff || subcount(Objections) > 0 ?>
<h2 id="bezwaar">Bezwaar</h2>
<?cs each:o = Objections ?>
<section class="advice">
 <h3>Bezwaar van <?cs var:o.objector ?>, ontvangen op <?cs var:o.received_on ?></h3>
 <?cs if:o.late == "1" ?><p class="notice notice--warning">Ontvangen na de bezwaartermijn van zes weken na het besluit.</p><?cs /if ?>
 <dl class="facts">
  <dt>Advies LBT</dt><dd><?cs if:o.lbt_asked_on ?>gevraagd op <?cs var:o.lbt_asked_on ?><?cs if:o.lbt_late == "1" ?> (na de uiterste datum <?cs var:o.lbt_due_on ?>)<?cs /if ?><?cs elif:o.outcome_key == "gegrond" ?>niet nodig: het bezwaar is volledig gegrond<?cs else ?>vragen uiterlijk <?cs var:o.lbt_due_on ?>, tenzij het bezwaar volledig gegrond is<?cs /if ?></dd>
  <dt>Beslissen uiterlijk</dt><dd><?cs var:o.decide_due_on ?></dd>
  <dt>Uitkomst</dt><dd><?cs if:o.outcome ?><?cs var:o.outcome ?>, op <?cs var:o.outcome_on ?><?cs if:o.outcome_late == "1" ?> (na de uiterste datum)<?cs /if ?><?cs else ?>nog niet beslist<?cs /if ?></dd>
 </dl>
 <?cs if:!o.outcome && Objection.staff == "1" ?>
 <?cs if:!o.lbt_asked_on ?>
 <form method="post" action="/dossiers/<?cs var:Dossier.id ?>/bezwaar/<?cs var:o.id ?>/lbt" class="filter" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("lbt_asked_on", "LBT om advies gevraagd op", "date", "", "off", "s") ?>
  <button type="submit" class="button button--secondary">Vastleggen</button>
 </form>
 <?cs /if ?>
 <form method="post" action="/dossiers/<?cs var:Dossier.id ?>/bezwaar/<?cs var:o.id ?>/uitkomst" class="filter" novalidate>
  <?cs call:csrf() ?>
  <?cs call:field_start("outcome", "Uitkomst", "") ?>
   <select class="select" id="f-outcome" name="outcome"<?cs call:described("outcome", "") ?>><?cs call:option("outcome", "", "Kies…") ?><?cs each:x = Outcomes ?><?cs call:option("outcome", x.key, x.label) ?><?cs /each ?></select>
  </div>
  <?cs call:input("outcome_on", "Datum", "date", "", "off", "s") ?>
  <button type="submit" class="button button--secondary">Uitkomst vastleggen</button>
 </form>
 <?cs /if ?>
</section>
<?cs /each ?>
<?cs if:Objection.staff == "1" ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/bezwaar" class="filter" novalidate>
 <?cs call:csrf() ?>
 <?cs call:input("received_on", "Bezwaar ontvangen op", "date", "", "off", "s") ?>
 <?cs call:input("objector", "Ingediend door", "text", "", "off", "m") ?>
 <button type="submit" class="button button--secondary">Bezwaar registreren</button>
</form>
<?cs /if ?>
<?cs /if ?>

<h2>Aanvraag</h2>
<?cs call:answers_view() ?>

<h2 id="documenten">Documenten</h2>
<?cs if:subcount(Documents) > 0 ?>
<table class="table">
 <caption class="visually-hidden">Documenten bij dit dossier</caption>
 <thead><tr><th scope="col">Document</th><th scope="col">Hoort bij</th><th scope="col">Toegevoegd</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr></thead>
 <tbody><?cs each:doc = Documents ?><tr>
  <td><a href="<?cs var:DocHref ?><?cs var:doc.id ?>"><?cs var:doc.file_name ?></a><br><span class="muted"><?cs var:doc.kind ?>, <?cs var:doc.size_label ?></span><?cs if:doc.description ?><br><?cs var:doc.description ?><?cs /if ?></td>
  <td><?cs alt:doc.field_label ?>Algemeen<?cs /alt ?></td>
  <td><?cs var:doc.uploaded_at ?><br><span class="muted"><?cs var:doc.who ?></span></td>
  <td><?cs if:doc.may_remove ?><form method="post" action="/dossiers/<?cs var:Dossier.id ?>/documenten/<?cs var:doc.id ?>/verwijderen" class="inline-form"><?cs call:csrf() ?><button type="submit" class="button button--link">Verwijder<span class="visually-hidden"> <?cs var:doc.file_name ?></span></button></form><?cs /if ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs else ?><p>Nog geen documenten.</p><?cs /if ?>
<?cs if:Dossier.may_add_document == "1" ?><p><a class="button button--secondary" href="/dossiers/<?cs var:Dossier.id ?>/documenten/nieuw">Document toevoegen</a></p><?cs /if ?>

<h2 id="f-user_id">Betrokkenen</h2>
<?cs if:subcount(Assignments) > 0 ?>
<ul class="plain">
 <?cs each:a = Assignments ?><li><?cs var:a.name ?> (<?cs var:a.role_label ?>)
  <?cs if:Dossier.staff == "1" ?><form method="post" action="/dossiers/<?cs var:Dossier.id ?>/toewijzingen/<?cs var:a.id ?>/verwijderen" class="inline-form"><?cs call:csrf() ?><button type="submit" class="button button--link">Verwijder<span class="visually-hidden"> <?cs var:a.name ?> als <?cs var:a.role_label ?></span></button></form><?cs /if ?>
 </li><?cs /each ?>
</ul>
<?cs else ?><p>Nog niemand toegewezen.</p><?cs /if ?>
<?cs if:Dossier.staff == "1" ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/toewijzen" class="filter" novalidate>
 <?cs call:csrf() ?>
 <div class="field">
  <label class="field__label" for="f-assign-user">Persoon</label>
  <select class="select" id="f-assign-user" name="user_id"><option value="">Kies…</option><?cs each:u = AssignChoices ?><option value="<?cs var:u.id ?>"><?cs var:u.name ?><?cs if:u.profession ?> (<?cs var:u.profession ?>)<?cs /if ?></option><?cs /each ?></select>
 </div>
 <div class="field">
  <label class="field__label" for="f-assign_role">Als</label>
  <select class="select" id="f-assign_role" name="assign_role"><?cs each:ar = AssignRoles ?><option value="<?cs var:ar.key ?>"><?cs var:ar.label ?></option><?cs /each ?></select>
 </div>
 <button type="submit" class="button button--secondary">Toewijzen</button>
</form>
<?cs /if ?>

<?cs if:Advice.used == "1" ?>
<h2 id="adviezen">Adviezen</h2>
<p>Twee deskundigen adviseren elk apart: de eerste is orthopedagoog of psycholoog, de tweede kinder- of jeugdpsycholoog, arts, kinderpsychiater, pedagoog of maatschappelijk werker. Wie adviseert, beslist niet.</p>
<?cs if:Advice.mine != "0" ?><p><a class="button button--primary" href="/dossiers/<?cs var:Dossier.id ?>/advies"><?cs if:Advices[Advice.mine].signed_at ?>Uw advies bekijken<?cs else ?>Uw advies schrijven<?cs /if ?></a></p><?cs /if ?>
<?cs each:a = Advices ?>
<section class="advice">
 <h3>Advies <?cs var:a.slot ?></h3>
 <?cs if:a.signed_at ?>
 <p class="muted">Ondertekend door <?cs var:a.name ?>, <?cs var:a.profession ?>, op <?cs var:a.signed_at ?></p>
 <?cs if:a.body ?><p class="pre"><?cs var:a.body ?></p><?cs else ?><p>U ziet dit advies na het ondertekenen van uw eigen advies<?cs if:Advice.mine == "0" ?>, of zodra er is besloten<?cs /if ?>.</p><?cs /if ?>
 <?cs else ?><p>Nog niet ondertekend.</p><?cs /if ?>
</section>
<?cs /each ?>
<?cs if:Dossier.staff == "1" ?>
<h3 id="f-involved_id">Betrokken bij de begeleiding van deze leerling</h3>
<p>Een deskundige die bij de begeleiding van de leerling betrokken is, is niet onafhankelijk en kan over deze leerling niet adviseren.</p>
<?cs if:subcount(Involved) > 0 ?>
<ul class="plain">
 <?cs each:i = Involved ?><li><?cs var:i.name ?><?cs if:i.profession ?> (<?cs var:i.profession ?>)<?cs /if ?>
  <form method="post" action="/dossiers/<?cs var:Dossier.id ?>/betrokken/<?cs var:i.id ?>/verwijderen" class="inline-form"><?cs call:csrf() ?><button type="submit" class="button button--link">Verwijder<span class="visually-hidden"> <?cs var:i.name ?> als betrokken</span></button></form>
 </li><?cs /each ?>
</ul>
<?cs else ?><p>Niemand gemarkeerd.</p><?cs /if ?>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/betrokken" class="filter" novalidate>
 <?cs call:csrf() ?>
 <div class="field">
  <label class="field__label" for="f-involved">Deskundige</label>
  <select class="select" id="f-involved" name="involved_id"><option value="">Kies…</option><?cs each:u = AssignChoices ?><?cs if:u.profession ?><option value="<?cs var:u.id ?>"><?cs var:u.name ?> (<?cs var:u.profession ?>)</option><?cs /if ?><?cs /each ?></select>
 </div>
 <button type="submit" class="button button--secondary">Markeer als betrokken</button>
</form>
<?cs /if ?>
<?cs /if ?>

<?cs if:Dossier.may_share == "1" ?>
<h2 id="delen">Gedeeld voor een overleg</h2>
<p>Nodig ouders, de gemeente of het wijkteam uit om een deel van dit dossier in te zien, tot een datum die u kiest.</p>
<?cs if:subcount(Shares) > 0 ?>
<table class="table">
 <caption class="visually-hidden">Met wie dit dossier gedeeld is</caption>
 <thead><tr><th scope="col">Met</th><th scope="col">Wat</th><th scope="col">Tot en met</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Acties</span></th></tr></thead>
 <tbody><?cs each:g = Shares ?><tr>
  <td><?cs var:g.name ?> (<?cs var:g.relation_label ?>)<br><span class="muted"><?cs var:g.email ?></span><br><span class="muted">Door <?cs var:g.who ?>, <?cs var:g.created_at ?></span></td>
  <td><ul class="plain"><?cs each:it = g.items ?><li><?cs var:it ?></li><?cs /each ?></ul></td>
  <td><?cs var:g.until ?></td>
  <td><?cs var:g.state ?><?cs if:g.last_login_at ?><br><span class="muted">Laatst geopend <?cs var:g.last_login_at ?></span><?cs /if ?></td>
  <td><?cs if:g.state == "Actief" ?><form method="post" action="/dossiers/<?cs var:Dossier.id ?>/delen/<?cs var:g.id ?>/intrekken" class="inline-form"><?cs call:csrf() ?><button type="submit" class="button button--link">Intrekken<span class="visually-hidden"> voor <?cs var:g.name ?></span></button></form><?cs /if ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs else ?><p>Dit dossier is met niemand gedeeld.</p><?cs /if ?>
<p><a class="button button--secondary" href="/dossiers/<?cs var:Dossier.id ?>/delen">Delen voor een overleg</a></p>
<?cs /if ?>

<h2 id="tijdlijn">Tijdlijn</h2>
<form method="post" action="/dossiers/<?cs var:Dossier.id ?>/opmerking" novalidate>
 <?cs call:csrf() ?>
 <?cs call:field_start("comment", "Opmerking toevoegen", "Iedereen die dit dossier mag zien, leest de opmerking.") ?>
  <textarea class="textarea" id="f-comment" name="comment" rows="3"<?cs call:described("comment", "Iedereen die dit dossier mag zien, leest de opmerking.") ?>><?cs var:Field.comment.value ?></textarea>
 </div>
 <button type="submit" class="button button--secondary">Opmerking plaatsen</button>
</form>
<ol class="timeline">
 <?cs each:e = Timeline ?><li class="timeline__item timeline__item--<?cs var:e.kind ?>">
  <p class="timeline__meta"><time><?cs var:e.at ?></time> · <?cs alt:e.who ?>Systeem<?cs /alt ?></p>
  <p class="timeline__label"><?cs var:e.label ?></p>
  <?cs if:e.body ?><p class="pre"><?cs var:e.body ?></p><?cs /if ?>
 </li><?cs /each ?>
</ol>

<?cs if:Dossier.staff == "1" ?>
<h2>Wie heeft dit dossier bekeken</h2>
<?cs if:subcount(Views) > 0 ?>
<table class="table">
 <caption class="visually-hidden">De laatste 50 keer dat dit dossier is bekeken</caption>
 <thead><tr><th scope="col">Wanneer</th><th scope="col">Wie</th><th scope="col">Rol</th><th scope="col">Organisatie</th></tr></thead>
 <tbody><?cs each:v = Views ?><tr><td><?cs var:v.at ?></td><td><?cs var:v.name ?></td><td><?cs alt:v.role_label ?><?cs var:v.role ?><?cs /alt ?></td><td><?cs if:v.on_behalf ?>Namens <?cs var:v.on_behalf ?><?cs else ?><?cs var:v.org ?><?cs /if ?></td></tr><?cs /each ?></tbody>
</table>
<?cs /if ?>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
