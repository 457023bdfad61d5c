import { test, expect } from '@playwright/test';
import { App, InterestTool, NBSP } from './app.mjs';

test.use({ locale: 'pl-PL' });

test('after one visit the app works offline: interest, a plan and a PDF', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url()); });
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });

  const app = new App(page);
  await app.open();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Reload once so the page is controlled by the worker.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(app.nav('interest')).toHaveText('Odsetki');
  const tool = new InterestTool(page);
  await tool.calcDate.fill('2021-01-10');
  await page.getByTestId('regime-statutory').check();
  await tool.fillClaim(0, { number: 'B', due: '2015-12-31', amount: '10000' });
  await expect(tool.totalInterest).toHaveText(`3${NBSP}419,23${NBSP}zł`);

  await app.nav('plan').click();
  await page.getByTestId('plan-agreement').fill('2026-01-05');
  await page.getByTestId('plan-first').fill('2026-02-05');
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(12);
  const pdf = page.waitForEvent('download');
  await page.getByTestId('plan-pdf').click();
  await page.getByTestId('plan-confirm-yes').click();
  expect((await pdf).suggestedFilename()).toBe('ugoda-ratalna-2026-01-05.pdf');

  await app.nav('letter').click();
  const letter = page.waitForEvent('download');
  await page.getByTestId('letter-pdf').click();
  await page.getByTestId('letter-confirm-yes').click();
  expect((await letter).suggestedFilename()).toBe('wezwanie-2021-01-10.pdf');

  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
