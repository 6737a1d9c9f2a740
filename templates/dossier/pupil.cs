<?cs set:Page.section = "pupils" ?><?cs set:Parents.1.label = "Ouder/verzorger 1" ?><?cs set:Parents.1.name = "parent1_name" ?><?cs set:Parents.1.email = "parent1_email" ?><?cs set:Parents.1.phone = "parent1_phone" ?><?cs set:Parents.2.label = "Ouder/verzorger 2" ?><?cs set:Parents.2.name = "parent2_name" ?><?cs set:Parents.2.email = "parent2_email" ?><?cs set:Parents.2.phone = "parent2_phone" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/leerlingen">Leerlingen</a></p>
<h1><?cs var:Page.title ?></h1>
<?cs call:error_summary() ?>
<dl class="facts">
 <dt>Geboortedatum</dt><dd><?cs var:Pupil.0.birth_date ?></dd>
 <?cs if:Pupil.0.gender ?><dt>Geslacht</dt><dd><?cs var:Pupil.0.gender ?></dd><?cs /if ?>
 <?cs if:Pupil.0.grade ?><dt>Groep of leerjaar</dt><dd><?cs var:Pupil.0.grade ?></dd><?cs /if ?>
 <?cs if:Pupil.0.school_number ?><dt>Leerlingnummer school</dt><dd><?cs var:Pupil.0.school_number ?></dd><?cs /if ?>
 <?cs each:n = Parents ?><?cs if:Pupil.0[n.name] || Pupil.0[n.email] || Pupil.0[n.phone] ?><dt><?cs var:n.label ?></dt><dd><?cs var:Pupil.0[n.name] ?><?cs if:Pupil.0[n.email] ?><br><a href="mailto:<?cs var:Pupil.0[n.email] ?>"><?cs var:Pupil.0[n.email] ?></a><?cs /if ?><?cs if:Pupil.0[n.phone] ?><br><?cs var:Pupil.0[n.phone] ?><?cs /if ?></dd><?cs /if ?><?cs /each ?>
</dl>
<p><a class="button button--secondary" href="/leerlingen/<?cs var:PupilId ?>/bewerken">Gegevens wijzigen</a></p>

<h2>Dossiers</h2>
<?cs if:subcount(Dossiers) > 0 ?>
<table class="table">
 <caption class="visually-hidden">Dossiers van deze leerling</caption>
 <thead><tr><th scope="col">Dossier</th><th scope="col">Soort</th><th scope="col">Status</th><th scope="col">School</th><th scope="col">Laatst gewijzigd</th></tr></thead>
 <tbody>
 <?cs each:d = Dossiers ?><tr>
  <td><a href="/dossiers/<?cs var:d.id ?>">Dossier <?cs var:d.id ?></a></td>
  <td><?cs var:d.type ?></td><td><?cs var:d.state_label ?></td><td><?cs var:d.school ?></td><td><?cs var:d.updated_at ?></td>
 </tr><?cs /each ?></tbody>
</table>
<?cs else ?><p>Deze leerling heeft nog geen dossiers die u kunt zien.</p><?cs /if ?>

<?cs if:subcount(Types) > 0 ?>
<h2>Nieuw dossier starten</h2>
<form method="post" action="/leerlingen/<?cs var:PupilId ?>/dossiers" novalidate>
 <?cs call:csrf() ?>
 <?cs call:field_start("type_id", "Soort dossier", "") ?>
  <select class="select" id="f-type_id" name="type_id"<?cs call:described("type_id", "") ?>>
   <?cs call:option("type_id", "", "Kies…") ?>
   <?cs each:t = Types ?><?cs call:option("type_id", t.id, t.name) ?><?cs /each ?>
  </select>
 </div>
 <?cs if:subcount(Dossiers) > 0 ?>
 <?cs call:field_start("from_id", "Antwoorden overnemen uit (optioneel)", "Antwoorden op vragen die het nieuwe formulier ook stelt, worden overgenomen. U kunt ze daarna aanpassen.") ?>
  <select class="select" id="f-from_id" name="from_id"<?cs call:described("from_id", "Antwoorden op vragen die het nieuwe formulier ook stelt, worden overgenomen. U kunt ze daarna aanpassen.") ?>>
   <?cs call:option("from_id", "", "Niet overnemen") ?>
   <?cs each:d = Dossiers ?><?cs call:option("from_id", d.id, "Dossier " + d.id + " (" + d.type + ")") ?><?cs /each ?>
  </select>
 </div>
 <?cs /if ?>
 <button type="submit" class="button button--primary">Dossier starten</button>
</form>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
