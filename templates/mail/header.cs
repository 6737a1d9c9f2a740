<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title><?cs var:Mail.subject ?></title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a;">
