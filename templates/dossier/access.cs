<?cs include:"partials/header.cs" ?><?cs include:"partials/form.cs" ?>
<p class="breadcrumb"><a href="/beheer">Beheer</a></p>
<h1>Inzageverzoek van een leerling</h1>
<?cs call:error_summary() ?>
<p>Ouders (en leerlingen vanaf 16 jaar) mogen alle gegevens zien die over de leerling zijn vastgelegd, en wie die heeft ingezien. Zoek de leerling en download het overzicht: de leerling, de dossiers met alle antwoorden, de tijdlijn, de documenten en het inzagelog. Controleer eerst wie het verzoek doet. Ook deze download wordt vastgelegd.</p>
<form method="get" action="/leerlingen/inzage" class="filter" role="search" aria-label="Leerling zoeken" novalidate>
 <?cs call:input("q", "Naam leerling", "search", "", "off", "m") ?>
 <?cs call:input("geboren", "Geboortedatum", "date", "", "off", "s") ?>
 <button type="submit" class="button button--secondary">Zoeken</button>
</form>
<?cs if:Search.done ?>
<?cs if:subcount(Pupils) > 0 ?>
<table class="table">
 <caption>Gevonden leerlingen<?cs if:subcount(Pupils) == 50 ?> (de eerste 50: zoek preciezer)<?cs /if ?></caption>
 <thead><tr><th scope="col">Leerling</th><th scope="col">Geboortedatum</th><th scope="col">School</th><th scope="col"><span class="visually-hidden">Download</span></th></tr></thead>
 <tbody><?cs each:p = Pupils ?><tr><td><?cs var:p.name ?></td><td><?cs var:p.birth_date ?></td><td><?cs var:p.school ?></td><td><a href="/leerlingen/<?cs var:p.id ?>/inzage.xlsx">Download gegevens<span class="visually-hidden"> van <?cs var:p.name ?></span></a></td></tr><?cs /each ?></tbody>
</table>
<?cs else ?><p>Geen leerling gevonden.</p><?cs /if ?>
<?cs /if ?>
<?cs include:"partials/footer.cs" ?>
