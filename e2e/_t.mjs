import { chromium } from '@playwright/test';
import { serve } from './server.mjs';
const server = await serve('dist', 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let k = 0; k < 2; k++) {
const ctx = await browser.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const t0 = Date.now();
const log = [];
page.on('requestfinished', (r) => log.push([Date.now() - t0, new URL(r.url()).pathname]));
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => window.__long.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration), e.attribution?.[0]?.containerSrc || e.name]))).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => { if (!window.__seen && document.querySelector('.claim-row input')) { window.__seen = performance.now(); } }).observe(document, { subtree: true, childList: true });
});
await page.goto(url);
await page.locator('.claim-row[data-testid^=claim-row] input').first().waitFor();
const seen = await page.evaluate(() => window.__seen);
await page.waitForTimeout(1500);
console.log('input seen at (perf.now)', seen.toFixed(0), 'detected', Date.now() - t0);
console.log(JSON.stringify(await page.evaluate(() => window.__long)));

await ctx.close();
}
await browser.close(); server.close();
