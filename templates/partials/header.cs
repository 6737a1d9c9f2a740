<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Error.title ?><?cs var:Error.title ?><?cs else ?><?cs var:Page.title ?><?cs /if ?> – Passend</title>
<link rel="stylesheet" href="/static/passend.css">
</head>
<body>
<a class="skip-link" href="#inhoud">Direct naar de inhoud</a>
<header class="site-header">
 <div class="wrap site-header__bar">
  <a class="brand" href="<?cs if:Guest.name ?>/gast/dossier<?cs else ?>/<?cs /if ?>"><span class="brand__mark" aria-hidden="true"></span><span class="brand__name">Passend</span></a>
  <span class="brand__swv"><?cs if:Site.logo ?><img class="brand__logo" src="/logo" alt="" height="36"><?cs /if ?><?cs var:Site.name ?></span>
  <?cs if:User.name ?>
  <div class="site-header__user">
   <span class="site-header__who"><?cs var:User.name ?></span>
   <form method="post" action="/uitloggen" class="inline-form">
    <input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
    <button type="submit" class="button button--link">Uitloggen</button>
   </form>
  </div>
  <?cs elif:Guest.name ?>
  <div class="site-header__user">
   <span class="site-header__who">Gast: <?cs var:Guest.name ?></span>
   <form method="post" action="/gast/afsluiten" class="inline-form">
    <input type="hidden" name="csrf" value="<?cs var:CSRF ?>">
    <button type="submit" class="button button--link">Afsluiten</button>
   </form>
  </div>
  <?cs /if ?>
 </div>
 <?cs if:User.name ?>
 <nav class="site-nav" aria-label="Hoofdmenu">
  <ul class="wrap site-nav__list">
   <li><a href="/"<?cs if:Page.path == "/" ?> aria-current="page"<?cs /if ?>>Start</a></li>
   <?cs if:User.dossiers ?><li><a href="/dossiers"<?cs if:Page.section == "dossiers" ?> aria-current="page"<?cs /if ?>>Dossiers</a></li>
   <li><a href="/dossiers/tlv"<?cs if:Page.section == "tlv_overview" ?> aria-current="page"<?cs /if ?>>TLV-aanvragen</a></li>
   <li><a href="/signaleringen"<?cs if:Page.section == "signals" ?> aria-current="page"<?cs /if ?>>Signaleringen</a></li><?cs /if ?>
   <?cs if:User.staff ?><li><a href="/berichten"<?cs if:Page.section == "contact" ?> aria-current="page"<?cs /if ?>>Berichten</a></li><?cs /if ?>
   <?cs if:User.receiving ?><li><a href="/tlv"<?cs if:Page.section == "tlv" ?> aria-current="page"<?cs /if ?>>TLV's</a></li><?cs /if ?>
   <?cs if:User.pupils ?><li><a href="/leerlingen"<?cs if:Page.section == "pupils" ?> aria-current="page"<?cs /if ?>>Leerlingen</a></li><?cs /if ?>
   <?cs if:User.admin ?>
   <li><a href="/beheer/organisaties"<?cs if:Page.section == "orgs" ?> aria-current="page"<?cs /if ?>>Organisaties</a></li>
   <li><a href="/beheer/gebruikers"<?cs if:Page.section == "users" ?> aria-current="page"<?cs /if ?>>Gebruikers</a></li>
   <li><a href="/beheer/formulieren"<?cs if:Page.section == "forms" ?> aria-current="page"<?cs /if ?>>Formulieren</a></li>
   <li><a href="/beheer/auditlog"<?cs if:Page.section == "audit" ?> aria-current="page"<?cs /if ?>>Auditlog</a></li>
   <?cs /if ?>
  </ul>
 </nav>
 <?cs /if ?>
</header>
<?cs if:Site.dev == "1" ?><p class="dev-banner"><span class="wrap">Ontwikkelomgeving met fictieve demogegevens</span></p><?cs /if ?>
<main id="inhoud" class="wrap main" tabindex="-1">
<?cs if:Notice ?><div class="notice" role="status"><p><?cs var:Notice ?></p></div><?cs /if ?>
