import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { App, InterestTool, NBSP } from './app.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain' };

// dist/ served under a sub-path, as on a static host; `swSuffix` changes sw.js's bytes the way a
// new release would.
async function host(prefix, state) {
  const root = resolve('dist');
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (!path.startsWith(prefix)) return res.writeHead(404).end();
    let file = normalize(join(root, decodeURIComponent(path.slice(prefix.length))));
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    try {
      let body = await readFile(file);
      if (file.endsWith('sw.js')) body = Buffer.concat([body, Buffer.from(state.swSuffix)]);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

test.use({ locale: 'pl-PL' });

test('served from a sub-path, the app works, exports and offers a new version when one is deployed', async ({ page }) => {
  const state = { swSuffix: '' };
  const server = await host('/tools/overdue/', state);
  try {
    const url = `http://127.0.0.1:${server.address().port}/tools/overdue/`;
    const app = new App(page);
    await app.open(url);
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2021-01-10');
    await page.getByTestId('regime-statutory').check();
    await tool.fillClaim(0, { number: 'B', due: '2015-12-31', amount: '10000' });
    await expect(tool.totalInterest).toHaveText(`3${NBSP}419,23${NBSP}zł`);
    await app.nav('letter').click();
    const pdf = page.waitForEvent('download');
    await page.getByTestId('letter-pdf').click();
    await page.getByTestId('letter-confirm-yes').click();
    expect((await pdf).suggestedFilename()).toMatch(/\.pdf$/);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url);

    // A new release: the worker's bytes change; the page offers the new version.
    state.swSuffix = '\n// release 2\n';
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.locator('#update-banner');
    await expect(banner).toContainText('Dostępna jest nowa wersja.');
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Odśwież' }).click()]);
    // The reloaded page is the new version, on the same tool, and the draft survived the update.
    await expect(page.getByTestId('tool-letter')).toBeVisible();
    await app.nav('interest').click();
    await expect(tool.claim(0, 'number')).toHaveValue('B');
    await expect(tool.totalInterest).toHaveText(`3${NBSP}419,23${NBSP}zł`);
  } finally {
    server.close();
  }
});
