// Registers the service worker (present in release builds only: the dev server has none) and
// offers "New version available — reload" when a new build is waiting. Drafts are saved when
// the page is hidden, so reloading loses nothing.
(() => {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const texts = {
    pl: ['Dostępna jest nowa wersja.', 'Odśwież'],
    ro: ['Este disponibilă o versiune nouă.', 'Reîncarcă'],
    en: ['New version available.', 'Reload'],
  };
  function offer(worker) {
    if (document.getElementById('update-banner')) return;
    const [message, action] = texts[document.documentElement.lang] || texts.en;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.setAttribute('role', 'status');
    banner.className = 'update-banner';
    const text = document.createElement('span');
    text.textContent = message;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action;
    button.addEventListener('click', () => {
      requested = true;
      worker.postMessage('skip-waiting');
    });
    banner.append(text, button);
    document.body.append(banner);
  }
  // Reload only when the person asked for the new version: the first worker taking control of
  // a page (clients.claim) also fires controllerchange, and must not reload anything.
  let requested = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  // After the page has loaded: precaching every file (the export worker and fonts included)
  // must not compete with the first load for the network and the CPU.
  const register = () => navigator.serviceWorker.register('sw.js', { scope: './' }).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }).catch(() => { /* no service worker in development builds */ });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
})();
