// Inside the widget's iframe (?embed=1): compact layout, and the page's height sent to the host
// page whenever it changes. Outside an iframe this does nothing.
(() => {
  const params = new URLSearchParams(location.search);
  if (params.get('embed') !== '1') return;
  document.documentElement.classList.add('embed');
  const accent = params.get('accent');
  if (accent && /^#[0-9a-fA-F]{3,8}$/.test(accent)) {
    document.documentElement.style.setProperty('--brand', accent);
  }
  if (window.parent === window) return;
  let last = 0;
  const send = () => {
    const height = document.documentElement.scrollHeight;
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'overdue-height', height }, '*');
    }
  };
  window.addEventListener('load', send);
  new ResizeObserver(send).observe(document.documentElement);
})();
