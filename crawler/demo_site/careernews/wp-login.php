<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>CareerNews</title></head>
<body><p>Logins are disabled on this demo site. <a href="/">Back to CareerNews</a></p></body></html>
