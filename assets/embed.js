// Overdue widget for blogs and sites. On the host page:
//   <script src="https://YOUR-OVERDUE-SITE/embed.js" defer></script>
//   <div class="overdue-widget" data-lang="pl" data-jurisdiction="PL"
//        data-tools="interest,plan" data-accent="#0b6e4f"></div>
// Each div becomes an iframe of Overdue's embed mode that grows to fit its content. Size
// messages are accepted only from that iframe's window and from Overdue's origin, and clamped.
(() => {
  const script = document.currentScript;
  const base = new URL('./', script ? script.src : location.href);
  const MIN = 320;
  const MAX = 6000;
  const allowed = {
    lang: /^(pl|ro|en)$/,
    jurisdiction: /^(PL|RO)$/,
    tools: /^[a-z,]+$/,
    accent: /^#[0-9a-fA-F]{3,8}$/,
  };
  document.querySelectorAll('.overdue-widget').forEach((host) => {
    if (host.dataset.overdueReady) return;
    host.dataset.overdueReady = '1';
    const url = new URL(base);
    url.searchParams.set('embed', '1');
    for (const [key, pattern] of Object.entries(allowed)) {
      const value = host.dataset[key];
      if (value && pattern.test(value)) url.searchParams.set(key, value);
    }
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.dataset.title || 'Overdue';
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = MIN + 'px';
    // Scripts and same-origin for the app and its drafts; downloads for the exports; popups for
    // "open the full version".
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-downloads allow-popups allow-popups-to-escape-sandbox allow-forms');
    frame.setAttribute('allow', 'clipboard-write');
    host.replaceChildren(frame);
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
      const data = event.data;
      if (!data || data.type !== 'overdue-height' || typeof data.height !== 'number') return;
      const height = Math.max(MIN, Math.min(MAX, Math.ceil(data.height)));
      frame.style.height = height + 'px';
    });
  });
})();
