<?cs include:"mail/header.cs" ?>
<p>Geachte heer, mevrouw,</p>
<p>Hierbij ons antwoord op uw bericht met kenmerk <?cs var:Mail.reference ?>.</p>
<div style="white-space: pre-wrap; border-left: 4px solid #154273; padding-left: 12px;"><?cs var:Mail.answer ?></div>
<p>Met vriendelijke groet,<br><?cs var:Mail.staff ?><br><?cs var:Mail.swv ?></p>
<hr>
<p style="color: #555;">U schreef ons over ‘<?cs var:Mail.subject_was ?>’:</p>
<div style="white-space: pre-wrap; color: #555;"><?cs var:Mail.question ?></div>
<p style="color: #555; font-size: 14px;">Dit bericht is verstuurd vanuit Passend. Wilt u reageren? Gebruik dan het contactformulier of bel ons, en noem het kenmerk <?cs var:Mail.reference ?>.</p>
</body></html>
