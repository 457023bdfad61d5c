import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { InterestTool, NBSP } from './app.mjs';

// A blog on another origin (another port) embedding the widget with the documented snippet.
async function blog(appOrigin) {
  const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Blog księgowy</title></head><body>
    <h1>Jak policzyć odsetki?</h1><p>Wpisz fakturę poniżej.</p>
    <div class="overdue-widget" data-lang="pl" data-jurisdiction="PL" data-tools="interest,limitation" data-accent="#0b6e4f"></div>
    <p>Stopka bloga</p>
    <script src="${appOrigin}/embed.js" defer></script></body></html>`;
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

test('a blog on another origin embeds the widget, which works and grows to fit', async ({ page, baseURL }) => {
  const appOrigin = new URL(baseURL).origin;
  const server = await blog(appOrigin);
  try {
    const blogUrl = `http://127.0.0.1:${server.address().port}/`;
    expect(new URL(blogUrl).origin).not.toBe(appOrigin);
    await page.goto(blogUrl);
    const iframe = page.locator('.overdue-widget iframe');
    await expect(iframe).toHaveAttribute('sandbox', /allow-scripts allow-same-origin allow-downloads/);
    const frame = page.frameLocator('.overdue-widget iframe');
    await expect(frame.locator('nav.tools button')).toHaveText(['Odsetki', 'Przedawnienie']);
    await expect(frame.locator('header.top')).toBeHidden();
    await expect(frame.getByTestId('open-full')).toHaveText('Otwórz pełną wersję ↗');
    const before = (await iframe.boundingBox()).height;

    const tool = new InterestTool(frame);
    await frame.getByTestId('regime-statutory').check();
    await tool.calcDate.fill('2021-01-10');
    await tool.fillClaim(0, { number: 'B', due: '2015-12-31', amount: '10000' });
    await expect(tool.totalInterest).toHaveText(`3${NBSP}419,23${NBSP}zł`);

    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
    await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThanOrEqual(Math.min(inner, 6000) - 2);
    expect((await iframe.boundingBox()).height).toBeGreaterThan(before);
    // The accent colour from the snippet is applied.
    const brand = await frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--brand').trim());
    expect(brand).toBe('#0b6e4f');

    // A size message from any other window is ignored.
    const height = (await iframe.boundingBox()).height;
    await page.evaluate(() => window.postMessage({ type: 'overdue-height', height: 40 }, '*'));
    await page.waitForTimeout(200);
    expect((await iframe.boundingBox()).height).toBe(height);
  } finally {
    server.close();
  }
});
