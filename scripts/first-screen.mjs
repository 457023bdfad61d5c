// The static first screen (issue #13), written into the built index.html by postbuild.mjs for
// release builds. It is the app's own first screen, not a copy kept by hand: the staged build is
// opened in headless Chromium once per language, exactly as a first visit sees it, and the
// markup the app rendered is saved as a <template>. assets/first-screen.js shows the template of
// the language the app will pick while the wasm loads, and the app takes it over when it mounts
// (src/app/first_screen.rs): typed values are copied into the app, then the static nodes go, in
// one task, so nothing moves and nothing typed is lost.
import { chromium } from '@playwright/test';
import { serve } from '../e2e/server.mjs';

const LANGS = { pl: 'pl-PL', ro: 'ro-RO', en: 'en-GB' };

export async function captureFirstScreens(dir) {
  const server = await serve(dir, 0);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const out = {};
  try {
    for (const [lang, locale] of Object.entries(LANGS)) {
      const context = await browser.newContext({ locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // The capture must be the app's own first screen, not an earlier static one.
      await page.route('**/first-screen.js', (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
      await page.goto(url);
      await page.locator('.claim-row[data-testid^=claim-row] input').first().waitFor();
      out[lang] = await page.evaluate(() => {
        const today = (() => {
          const d = new Date();
          const p = (n) => String(n).padStart(2, '0');
          return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
        })();
        const nodes = [...document.body.children].filter((e) => !['SCRIPT', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName));
        const html = nodes.map((node) => {
          const copy = node.cloneNode(true);
          copy.setAttribute('data-first-screen', '');
          // Values the app set as properties become attributes, so the static copy shows them
          // and the takeover can tell typed values (value != defaultValue) from defaults.
          const live = node.querySelectorAll('input, select, textarea');
          const copies = copy.querySelectorAll('input, select, textarea');
          live.forEach((el, i) => {
            const c = copies[i];
            if (el.tagName === 'SELECT') {
              [...c.options].forEach((o, k) => o.toggleAttribute('selected', k === el.selectedIndex));
              // Changing the language or law before the app runs would be lost: wait for it.
              c.setAttribute('aria-disabled', 'true');
            } else if (el.type === 'checkbox' || el.type === 'radio') {
              c.toggleAttribute('checked', el.checked);
            } else if (el.tagName === 'TEXTAREA') {
              c.textContent = el.value;
            } else {
              c.setAttribute('value', el.value);
              // The build's date is not the visitor's: first-screen.js writes today's.
              if (el.value === today) c.setAttribute('data-today', '');
            }
          });
          // A button does nothing until the app runs; aria-disabled tells assistive technology
          // (and makes automated clicks wait for the app's button).
          copy.querySelectorAll('button, summary').forEach((b) => b.setAttribute('aria-disabled', 'true'));
          return copy.outerHTML;
        }).join('');
        return { html, lang: document.documentElement.lang, title: document.title };
      });
      if (errors.length) throw new Error(`first screen (${lang}): page errors: ${errors.join('; ')}`);
      if (out[lang].lang !== lang) throw new Error(`first screen (${lang}): the app chose ${out[lang].lang}`);
      if (/\sstyle=/.test(out[lang].html)) {
        throw new Error(`first screen (${lang}): inline style attributes are blocked by the CSP, so the static copy would not look like the app`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
