<p>Met vriendelijke groet,<br>Passend</p>
<p style="color: #555; font-size: 14px;">Dit bericht is automatisch verstuurd. U kunt er niet op antwoorden.</p>
</body></html>
