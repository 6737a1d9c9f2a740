</main>
<footer class="site-footer">
 <div class="wrap">
  <p>Passend – het platform voor passend onderwijs van <?cs var:Site.name ?>.</p>
  <p>Wij gaan zorgvuldig om met gegevens over kinderen: elke inzage wordt vastgelegd.</p>
 </div>
</footer>
</body>
</html>
