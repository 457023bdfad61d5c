// Speed figures (issue #8's budget), printed, not asserted: first-load size (gzip), cold load to
// interactive with 4x CPU slowdown, repeat load offline, and the time from a keystroke to the
// next painted frame in a 100-invoice case. Run: scripts/speed (after a release build).
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';

const dist = process.argv[2] ?? 'dist';
const server = await serve(dist, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'pl-PL' });
const page = await context.newPage();
const loaded = new Set();
page.on('requestfinished', (r) => loaded.add(new URL(r.url()).pathname));
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

async function interactive() {
  await page.locator('nav.tools button').first().waitFor();
  await page.locator('.claim-row[data-testid^=claim-row] input').first().waitFor();
  return page.evaluate(() => performance.now());
}

await page.goto(url);
const cold = await interactive();
const firstLoad = [...loaded].filter((p) => !p.startsWith('/fonts/') && p !== '/sw.js');
const gzip = firstLoad.reduce((sum, p) => {
  const file = join(dist, p === '/' ? 'index.html' : decodeURIComponent(p));
  try { return sum + gzipSync(readFileSync(file), { level: 9 }).length; } catch { return sum; }
}, 0);

await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.reload();
await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
await context.setOffline(true);
await page.reload();
const offline = await interactive();
await context.setOffline(false);

// 100 invoices through the paste box, then keystrokes in the first amount.
const rows = Array.from({ length: 100 }, (_, i) => `FV ${i}/2024\t\t${new Date(Date.UTC(2024, 0, 10 + i * 3)).toISOString().slice(0, 10)}\t${1000 + i},00`).join('\n');
await page.locator('details.paste summary').click();
await page.getByTestId('paste-rows').fill(rows);
await page.getByTestId('paste-add').click();
await page.locator('.claim-row[data-testid^=claim-row]').nth(99).waitFor();
const frame = await page.evaluate(async () => {
  const input = document.querySelectorAll('.claim-row[data-testid^=claim-row] input')[3];
  const times = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    input.value = `${2000 + i},00`;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[5], max: times[9] };
});

console.log(`first load (gzip, ${firstLoad.length} files): ${(gzip / 1024).toFixed(1)} KB   (budget 300 KB)`);
console.log(`cold load to interactive, 4x CPU slowdown: ${cold.toFixed(0)} ms   (budget 1000 ms)`);
console.log(`repeat load offline, 4x CPU slowdown: ${offline.toFixed(0)} ms   (budget 500 ms)`);
console.log(`keystroke to painted frame, 100 invoices, 4x CPU slowdown: median ${frame.median.toFixed(1)} ms, max ${frame.max.toFixed(1)} ms   (frame budget 16.7 ms)`);
await browser.close();
server.close();
