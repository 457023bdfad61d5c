// Shows the static first screen (the app's own first screen saved at build time by
// scripts/first-screen.mjs, one <template> per language) while the wasm loads; the app takes it
// over when it mounts (src/app/first_screen.rs). It picks the language the app will pick
// (src/app/prefs.rs: the stored preference, else the first supported browser language, else
// English) and shows nothing when the app's first screen would differ from a first visit's: an
// embedded widget, another tool in the address, a shared case or a draft to restore, a law
// chosen apart from the language. A parser-blocking file, not an inline script: the page's CSP
// allows no inline scripts.
(() => {
  try {
    const params = new URLSearchParams(location.search);
    if (params.has('embed') || (params.get('tool') ?? 'interest') !== 'interest') return;
    if (location.hash.startsWith('#case=')) return;
    if (localStorage.getItem('overdue.last') !== null) return;
    const tag = (t) => {
      const primary = String(t ?? '').split(/[-_]/)[0].trim().toLowerCase();
      return { pl: 'pl', ro: 'ro', mo: 'ro', en: 'en' }[primary];
    };
    let lang;
    const stored = localStorage.getItem('overdue.prefs');
    if (stored !== null) {
      const prefs = JSON.parse(stored);
      lang = tag(prefs.lang);
      const law = lang === 'ro' ? 'RO' : 'PL';
      if (!lang || prefs.jurisdiction !== law || (lang === 'en' && prefs.jurisdiction_chosen)) return;
    } else {
      lang = [...(navigator.languages ?? []), navigator.language].map(tag).find(Boolean) ?? 'en';
    }
    const template = document.getElementById(`first-screen-${lang}`);
    if (!template) return;
    const screen = template.content.cloneNode(true);
    const d = new Date();
    const p = (n) => String(n).padStart(2, '0');
    const today = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    for (const input of screen.querySelectorAll('[data-today]')) {
      input.setAttribute('value', today);
      input.value = today;
    }
    document.documentElement.lang = lang;
    document.body.insertBefore(screen, document.currentScript);
  } catch {
    // Storage blocked or damaged: the app paints its first screen itself.
  }
})();
