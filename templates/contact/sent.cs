<?cs include:"partials/header.cs" ?>
<h1>Uw bericht is verzonden</h1>
<div class="notice notice--success" role="status">
 <p>Wij hebben uw bericht ontvangen. Het kenmerk is <strong><?cs var:Contact.reference ?></strong>.</p>
</div>
<p>U krijgt binnen enkele minuten een bevestiging per e-mail. Ziet u die niet? Kijk dan ook bij uw ongewenste e-mail.</p>
<p>Een medewerker leest uw bericht en neemt contact met u op, meestal binnen vijf werkdagen. Noem het kenmerk als u ons hierover belt of mailt.</p>
<p><a href="/contact">Nog een bericht sturen</a></p>
<?cs include:"partials/footer.cs" ?>
