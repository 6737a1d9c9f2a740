<?cs set:Page.section = "orgs" ?><?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/beheer/organisaties">Organisaties</a></p>
<h1><?cs if:Org.new ?>Organisatie toevoegen<?cs else ?><?cs var:Page.title ?><?cs /if ?></h1>
<?cs call:error_summary() ?>
<form method="post" action="<?cs if:Org.new ?>/beheer/organisaties/nieuw<?cs else ?>/beheer/organisaties/<?cs var:Org.id ?><?cs /if ?>" enctype="multipart/form-data" novalidate>
 <?cs call:csrf() ?>
 <?cs if:Org.type ?><?cs set:t = Org.type ?><?cs else ?><?cs set:t = Field.type.value ?><?cs /if ?>
 <?cs if:Org.new ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Soort organisatie</legend>
  <?cs call:field_start("type", "Soort", "") ?>
   <select class="select" id="f-type" name="type"<?cs call:described("type", "") ?>>
    <?cs call:option("type", "deelverband", "Deelverband") ?>
    <?cs call:option("type", "bestuur", "Schoolbestuur") ?>
    <?cs call:option("type", "school", "School") ?>
    <?cs call:option("type", "extern", "Externe organisatie") ?>
   </select>
  </div>
  <p class="field__hint">Bij een school vult u ook de schoolgegevens in, bij een externe organisatie de soort.</p>
 </fieldset>
 <?cs else ?>
 <input type="hidden" name="version" value="<?cs var:Field.version.value ?>">
 <p class="meta">Soort: <?cs if:t == "swv" ?>samenwerkingsverband<?cs elif:t == "extern" ?>externe organisatie<?cs elif:t == "bestuur" ?>schoolbestuur<?cs else ?><?cs var:t ?><?cs /if ?></p>
 <?cs /if ?>
 <?cs call:input("name", "Naam", "text", "", "organization", "l") ?>
 <?cs if:Org.new || t == "school" ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Schoolgegevens</legend>
  <?cs call:input("brin", "BRIN-code", "text", "Twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.", "", "s") ?>
  <?cs call:input("vestiging", "Vestigingsnummer", "text", "Twee cijfers, bijvoorbeeld 00.", "", "xs") ?>
  <?cs call:field_start("school_type", "Soort school", "") ?>
   <select class="select" id="f-school_type" name="school_type"<?cs call:described("school_type", "") ?>>
    <?cs call:option("school_type", "", "Kies…") ?>
    <?cs call:option("school_type", "bao", "Basisonderwijs (bao)") ?>
    <?cs call:option("school_type", "sbo", "Speciaal basisonderwijs (sbo)") ?>
    <?cs call:option("school_type", "so", "Speciaal onderwijs (so)") ?>
    <?cs call:option("school_type", "vso", "Voortgezet speciaal onderwijs (vso)") ?>
    <?cs call:option("school_type", "vo", "Voortgezet onderwijs (vo)") ?>
    <?cs call:option("school_type", "pro", "Praktijkonderwijs (pro)") ?>
   </select>
  </div>
  <?cs call:checkbox("inside_swv", "Deze school valt onder dit samenwerkingsverband", "Zet dit uit voor een ontvangende school buiten het samenwerkingsverband.") ?>
  <?cs call:field_start("bestuur_id", "Schoolbestuur", "") ?>
   <select class="select" id="f-bestuur_id" name="bestuur_id"<?cs call:described("bestuur_id", "") ?>>
    <?cs call:option("bestuur_id", "", "Geen (school buiten het samenwerkingsverband)") ?>
    <?cs each:b = Besturen ?><?cs call:option("bestuur_id", b.id, b.name) ?><?cs /each ?>
   </select>
  </div>
  <?cs call:field_start("deelverband_id", "Deelverband", "") ?>
   <select class="select" id="f-deelverband_id" name="deelverband_id"<?cs call:described("deelverband_id", "") ?>>
    <?cs call:option("deelverband_id", "", "Geen") ?>
    <?cs each:d = Deelverbanden ?><?cs call:option("deelverband_id", d.id, d.name) ?><?cs /each ?>
   </select>
  </div>
 </fieldset>
 <?cs /if ?>
 <?cs if:Org.new || t == "extern" ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Externe organisatie</legend>
  <?cs call:field_start("extern_kind", "Soort externe organisatie", "") ?>
   <select class="select" id="f-extern_kind" name="extern_kind"<?cs call:described("extern_kind", "") ?>>
    <?cs call:option("extern_kind", "", "Kies…") ?>
    <?cs call:option("extern_kind", "gemeente", "Gemeente") ?>
    <?cs call:option("extern_kind", "leerplicht", "Leerplicht") ?>
    <?cs call:option("extern_kind", "jeugdzorg", "Jeugdzorg") ?>
    <?cs call:option("extern_kind", "inspectie", "Inspectie") ?>
    <?cs call:option("extern_kind", "overig", "Overig") ?>
   </select>
  </div>
 </fieldset>
 <?cs /if ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Adres en contact</legend>
  <?cs call:input("street", "Straat en huisnummer", "text", "", "street-address", "l") ?>
  <?cs call:input("postcode", "Postcode", "text", "Bijvoorbeeld 1234 AB.", "postal-code", "s") ?>
  <?cs call:input("city", "Plaats", "text", "", "address-level2", "m") ?>
  <?cs call:input("email", "E-mailadres", "email", "", "email", "l") ?>
  <?cs call:input("phone", "Telefoonnummer", "tel", "", "tel", "m") ?>
 </fieldset>
 <?cs if:t == "swv" ?>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Logo</legend>
  <?cs if:Org.logo ?><p><img class="logo-preview" src="/logo" alt="Het huidige logo"></p><p class="meta"><?cs var:Org.logo ?></p><?cs /if ?>
  <?cs call:field_start("logo", "Nieuw logo", "Een PNG- of JPEG-bestand van hoogstens 512 kB. Het staat boven elke pagina en op de toelaatbaarheidsverklaringen en besluitbrieven.") ?>
   <input class="file" id="f-logo" name="logo" type="file" accept="image/png,image/jpeg"<?cs call:described("logo", "x") ?>>
  </div>
  <?cs if:Org.logo ?><?cs call:checkbox("logo_remove", "Logo verwijderen", "") ?><?cs /if ?>
 </fieldset>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Toelaatbaarheidsverklaringen</legend>
  <?cs call:checkbox("rvz_approval", "Aanvragen eerst laten goedkeuren door de RVZ van het schoolbestuur", "Een school dient een aanvraag dan in bij de regievoerder zorgplicht (RVZ) van haar bestuur. Pas als de RVZ die goedkeurt, komt de aanvraag bij het samenwerkingsverband.") ?>
 </fieldset>
 <fieldset class="fieldset">
  <legend class="fieldset__legend">Contactformulier</legend>
  <?cs call:input("website_url", "Website van het samenwerkingsverband", "url", "Alleen deze website mag het contactformulier tonen (in een iframe). Zonder pad, bijvoorbeeld https://www.swv-voorbeeld.nl.", "url", "l") ?>
  <?cs call:input("privacy_url", "Privacyverklaring", "url", "Het adres van uw privacyverklaring; het formulier verwijst ernaar bij de toestemming.", "url", "l") ?>
 </fieldset>
 <?cs else ?><?cs call:checkbox("active", "Actief", "Een organisatie die niet actief is, kan geen nieuwe rollen krijgen.") ?><?cs /if ?>
 <button type="submit" class="button button--primary">Opslaan</button>
 <a class="button button--link" href="/beheer/organisaties">Annuleren</a>
</form>
<?cs include:"partials/footer.cs" ?>
