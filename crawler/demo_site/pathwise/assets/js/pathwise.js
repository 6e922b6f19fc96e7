// Pathwise theme 3.2 (demo): consent banner, copy link, feedback buttons.
(function () {
  var c = document.querySelector('.pw-consent');
  if (c && !document.cookie.match(/pw_consent=/)) c.hidden = false;
  document.addEventListener('click', function (e) {
    var t = e.target;
    if (t.dataset && t.dataset.consent) { document.cookie = 'pw_consent=' + t.dataset.consent + ';path=/'; c.hidden = true; }
    if (t.dataset && t.dataset.copy && navigator.clipboard) navigator.clipboard.writeText(t.dataset.copy);
    if (t.dataset && t.dataset.vote) { var th = document.querySelector('.pw-feedback__thanks'); if (th) th.hidden = false; }
  });
})();
