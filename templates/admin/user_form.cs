<?cs set:Page.section = "users" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/beheer/gebruikers">Gebruikers</a></p>
<h1><?cs if:UserForm.new ?>Gebruiker toevoegen<?cs else ?><?cs var:Page.title ?><?cs /if ?></h1>
<?cs call:error_summary() ?>
<form method="post" action="<?cs if:UserForm.new ?>/beheer/gebruikers/nieuw<?cs else ?>/beheer/gebruikers/<?cs var:UserForm.id ?><?cs /if ?>" novalidate>
 <?cs call:csrf() ?>
 <?cs if:!UserForm.new ?><input type="hidden" name="version" value="<?cs var:Field.version.value ?>"><?cs /if ?>
 <?cs call:input("name", "Naam", "text", "", "name", "l") ?>
 <?cs call:input("email", "E-mailadres", "email", "De gebruiker logt hiermee in.", "email", "l") ?>
 <?cs call:field_start("profession", "Beroep (voor deskundigen)", "Het beroep bepaalt welk advies een deskundige bij een TLV mag geven.") ?>
  <select class="select" id="f-profession" name="profession"<?cs call:described("profession", "x") ?>>
   <?cs call:option("profession", "", "Geen: geen deskundige") ?>
   <?cs each:p = Professions ?><?cs call:option("profession", p.key, p.label) ?><?cs /each ?>
  </select>
 </div>
 <?cs call:checkbox("active", "Actief", "Wie niet actief is, kan niet inloggen; lopende sessies worden direct beëindigd.") ?>
 <?cs if:UserForm.new ?><p>Na het opslaan krijgt de gebruiker een e-mail om een wachtwoord in te stellen.</p><?cs /if ?>
 <button type="submit" class="button button--primary">Opslaan</button>
 <a class="button button--link" href="/beheer/gebruikers">Annuleren</a>
</form>
<?cs if:!UserForm.new ?>
<h2>Rollen</h2>
<table class="table">
 <caption class="visually-hidden">Rollen van deze gebruiker</caption>
 <thead><tr><th scope="col">Rol</th><th scope="col">Organisatie</th><th scope="col"><span class="visually-hidden">Actie</span></th></tr></thead>
 <tbody>
 <?cs each:ra = Roles ?><tr>
  <td><?cs var:ra.label ?></td><td><?cs var:ra.org ?></td>
  <td><form method="post" action="/beheer/gebruikers/<?cs var:UserForm.id ?>/rollen/<?cs var:ra.id ?>/verwijderen" class="inline-form">
   <?cs call:csrf() ?><button type="submit" class="button button--link">Verwijder<span class="visually-hidden"> de rol <?cs var:ra.label ?> bij <?cs var:ra.org ?></span></button>
  </form></td>
 </tr>
 <?cs /each ?></tbody>
</table>
<?cs if:subcount(Roles) == 0 ?><p>Deze gebruiker heeft nog geen rol en ziet daarom niets.</p><?cs /if ?>
<h3>Rol toevoegen</h3>
<form method="post" action="/beheer/gebruikers/<?cs var:UserForm.id ?>/rollen" novalidate class="filter">
 <?cs call:csrf() ?>
 <?cs call:field_start("role", "Rol", "") ?>
  <select class="select" id="f-role" name="role"<?cs call:described("role", "") ?>>
   <?cs call:option("role", "", "Kies…") ?>
   <?cs each:d = RoleDefs ?><?cs call:option("role", d.key, d.label) ?><?cs /each ?>
  </select>
 </div>
 <?cs call:field_start("org_id", "Bij organisatie", "") ?>
  <select class="select" id="f-org_id" name="org_id"<?cs call:described("org_id", "") ?>>
   <?cs call:option("org_id", "", "Kies…") ?>
   <?cs each:o = OrgChoices ?><?cs call:option("org_id", o.id, o.name) ?><?cs /each ?>
  </select>
 </div>
 <button type="submit" class="button button--secondary">Rol toevoegen</button>
</form>
<h2>Toegang</h2>
<div class="actions">
 <form method="post" action="/beheer/gebruikers/<?cs var:UserForm.id ?>/uitnodigen" class="inline-form">
  <?cs call:csrf() ?><button type="submit" class="button button--secondary">Stuur een nieuwe link om het wachtwoord in te stellen</button>
 </form>
 <?cs if:UserForm.totp == "1" ?>
 <form method="post" action="/beheer/gebruikers/<?cs var:UserForm.id ?>/2fa-herstellen" class="inline-form">
  <?cs call:csrf() ?><button type="submit" class="button button--secondary">Tweestapsverificatie opnieuw laten instellen</button>
 </form>
 <?cs /if ?>
</div>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
