// Ends the session on a shared office PC after a while without input: the minutes come from the
// box's setting (data-idle-minutes on <body>). Sign-out is a normal request, so the box audits it.

const minutes = Number(document.body.dataset.idleMinutes || '0');
if (minutes > 0 && !location.pathname.startsWith('/aanmelden')) {
  let timer = 0;
  const restart = () => {
    clearTimeout(timer);
    timer = setTimeout(() => { location.href = '/afmelden?reden=inactief'; }, minutes * 60 * 1000);
  };
  for (const name of ['keydown', 'pointerdown', 'wheel', 'touchstart']) {
    addEventListener(name, restart, { passive: true });
  }
  restart();
}
