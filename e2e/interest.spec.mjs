import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App, InterestTool, NBSP } from './app.mjs';

// Expected figures were computed independently of the app, from reference/pl/rates.csv and
// nbp_eur_month_end.csv (commercial rate per half-year, actual/365, each period rounded):
//   FV 1/2025 12 300 due 31.01: 551,98 to 15.05 (paid 5 000: 551,98 interest, 4 448,02 principal),
//             then 155,86 + 603,63 on 7 851,98; FV 2/2025 4 000 due 31.03: 157,07 + 307,51;
//   FV 3/2025 1 000 due 30.06: 76,88. Compensation 70 EUR × 4,2730 + 40 × 4,1575 + 40 × 4,2507.
const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;

test.describe('Polish business owner with three unpaid invoices', () => {
  test.use({ locale: 'pl-PL' });

  test('enters invoices and a partial payment, reads the total and exports the CSV', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new App(page);
    await app.open();
    await expect(app.language).toHaveValue('pl');
    const tool = new InterestTool(page);
    await expect(page.getByTestId('regime-commercial')).toBeChecked();

    await tool.calcDate.fill('2025-12-31');
    await tool.fillClaim(0, { number: 'FV 1/2025', issue: '2025-01-01', due: '2025-01-31', amount: '12 300,00' });
    await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4000' });
    await tool.fillClaim(2, { number: 'FV 3/2025', due: '2025-06-30', amount: '1.000,00' });
    await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });

    await expect(tool.totalPrincipal).toHaveText(zl('12 851,98'));
    await expect(tool.totalInterest).toHaveText(zl('1 300,95'));
    await expect(tool.totalCompensation).toHaveText(zl('635,44'));
    await expect(tool.totalDue).toHaveText(zl('14 788,37'));
    await expect(page.getByTestId('claim-interest-0')).toHaveText(zl('1 311,47'));
    await expect(page.getByTestId('applications')).toContainText('FV 1/2025: 551,98');
    await expect(page.getByTestId('breakdown-0')).toContainText('art. 4 pkt 3 lit. b i art. 11b UPNO');

    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-csv').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('odsetki-2025-12-31.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Faktura;Termin płatności;Termin po przesunięciu;Od;Do;Dni;Stopa %;Podstawa;Dzielnik;Odsetki;Podstawa prawna');
    expect(lines).toContain('FV 1/2025;2025-01-31;2025-01-31;2025-02-01;2025-05-15;104;15,75;12300,00;365;551,98;art. 4 pkt 3 lit. b i art. 11b UPNO');
    expect(lines).toContain('FV 3/2025;2025-06-30;2025-06-30;2025-07-01;2025-12-31;184;15,25;1000,00;365;76,88;art. 4 pkt 3 lit. b i art. 11b UPNO');
    expect(lines).toContain('RAZEM;17300,00;;4448,02;551,98;12851,98;1852,93;1300,95;635,44;14788,37');
    expect(errors).toEqual([]);
  });

  test('bad input is explained next to the field and left out until fixed', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2025-12-31');
    await tool.fillClaim(0, { number: 'C', due: '2025-06-30', amount: '1000' });
    // 1 000 + 76,88 interest + 40 EUR × 4,2507 (NBP 30.05.2025) = 170,03.
    await expect(tool.totalDue).toHaveText(zl('1 246,91'));
    await tool.fillClaim(1, { number: 'X', due: '2025-03-31', amount: '12,345' });
    // Errors show once the field is left (issue 18 C13); the results announce the row at once.
    await expect(tool.leftOut).toHaveText('Pominięte w obliczeniach: 1 faktura — popraw: X');
    await tool.claim(1, 'amount').blur();
    await expect(tool.claimRow(1)).toContainText('najwyżej dwa miejsca po przecinku');
    await expect(tool.claimRow(1)).toContainText('Wiersz pominięty');
    await expect(tool.totalDue).toHaveText(zl('1 246,91'));
    await tool.claim(1, 'amount').fill('100');
    await expect(tool.claimRow(1)).not.toContainText('Wiersz pominięty');
    await expect(tool.totalDue).not.toHaveText(zl('1 246,91'));
  });

  test('pasting rows from a spreadsheet adds invoices', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await page.locator('details.paste summary').click();
    await page.getByTestId('paste-rows').fill('Numer\tWystawiona\tTermin\tKwota\nA/1\t01.05.2025\t31.05.2025\t1 234,56\nA/2\t\t30.06.2025\t99,00\nA/3\tzła data\t30.06.2025\t1');
    await page.getByTestId('paste-add').click();
    await expect(page.locator('.paste-outcome')).toContainText('Dodano wierszy: 2');
    await expect(page.locator('.paste-outcome')).toContainText('Wiersz 4');
    await expect(page.locator('.claim-row[data-testid^=claim-row]')).toHaveCount(2);
    await expect(new InterestTool(page).claim(0, 'amount')).toHaveValue(`1${NBSP}234,56`);
  });

  test('a long list of invoices starts with each breakdown closed, and opens one on demand', async ({ page }) => {
    // Independent figure: 1 000,00 due 30.06.2025, commercial rate 15,25 % for 1.07–31.12.2025
    // (184 days, actual/365): 1000 × 0,1525 × 184 / 365 = 76,88; twelve of them 922,56.
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2025-12-31');
    await page.locator('details.paste summary').click();
    const rows = Array.from({ length: 12 }, (_, i) => `B/${i + 1}\t\t30.06.2025\t1000`).join('\n');
    await page.getByTestId('paste-rows').fill(rows);
    await page.getByTestId('paste-add').click();
    await expect(tool.totalInterest).toHaveText(zl('922,56'));
    const last = page.getByTestId('breakdown-11');
    await expect(page.getByTestId('breakdown')).toContainText('Rozwiń fakturę');
    await expect(last).not.toHaveAttribute('open');
    await expect(last.locator('table')).toHaveCount(0);
    await expect(last.locator('summary')).toContainText('B/12');
    await expect(last.locator('summary')).toContainText(zl('76,88'));
    await last.locator('summary').click();
    await expect(page.getByTestId('claim-interest-11')).toHaveText(zl('76,88'));
    await expect(last.locator('tbody tr')).toHaveCount(1);
    await expect(last.locator('tbody')).toContainText('15,25%');
    // Typing keeps the opened table open and up to date.
    await tool.claim(11, 'amount').fill('2000');
    await expect(page.getByTestId('claim-interest-11')).toHaveText(zl('153,75'));
    await last.locator('summary').click();
    await expect(last.locator('table')).toHaveCount(0);
    // A printout carries every table; afterwards the page is as the person left it.
    await page.getByTestId('breakdown-3').locator('summary').click();
    await expect(page.getByTestId('breakdown-3').locator('table')).toHaveCount(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('[data-testid^=breakdown-] table')).toHaveCount(12);
    await expect(page.locator('details.claim-breakdown[open]')).toHaveCount(12);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('[data-testid^=breakdown-] table')).toHaveCount(1);
    await expect(page.getByTestId('breakdown-3')).toHaveAttribute('open');
    await expect(last).not.toHaveAttribute('open');
  });
});

test.describe('Romanian creditor', () => {
  test.use({ locale: 'ro-RO' });
  test('legal interest between professionals, with the semester option', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    // reference/ro/examples.md C3 (derived): 20 000 lei due 31.12.2021, paid 31.01.2023.
    await tool.calcDate.fill('2023-01-31');
    await tool.fillClaim(0, { number: 'F1', due: '2021-12-31', amount: '20.000,00' });
    await expect(tool.totalInterest).toHaveText(`2.719,45${NBSP}lei`);
    await page.getByTestId('settings').locator('summary').click();
    await page.getByTestId('ro-semester').check();
    await expect(tool.totalInterest).toHaveText(`2.402,20${NBSP}lei`);
    await expect(tool.warnings).toContainText('cursul EUR');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, locale: 'pl-PL' });
  test('the Interest tool fits a phone screen', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-01-31', amount: '12 300,00' });
    await tool.addPayment({ date: '2025-05-15', amount: '5000' });
    await expect(tool.totalDue).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the page exposes evaluateCase for host pages, with the documented JSON form', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const example = JSON.parse(await readFile(new URL('../docs/case.example.json', import.meta.url), 'utf8'));
  const report = await page.evaluate((c) => window.wasmBindings.evaluateCase(c), example);
  expect(report.totals.total_due).toBe('14788.37');
  expect(report.claims[0].segments[0]).toMatchObject({ from: '2025-02-01', to: '2025-05-15', days: 104, amount: '551.98' });
  // Errors reject with the documented error object (docs/json.md), never Rust debug text.
  const error = (c) => page.evaluate(async (c) => {
    try { await window.wasmBindings.evaluateCase(c); return null; } catch (e) { return e; }
  }, c);
  expect(await error({ schema: 1, claims: [] })).toEqual({ kind: 'missing_calculation_date' });
  expect(await error({ schema: 9 })).toEqual({ kind: 'newer_schema', schema: 9 });
  expect(await error({ hello: 1 })).toEqual({ kind: 'not_a_case' });
  // Issue 17 §3: rust_decimal's maximum used to overflow and abort, taking the page down.
  const huge = structuredClone(example);
  huge.claims[0].amount = '79228162514264337593543950335';
  expect(await error(huge)).toEqual({ kind: 'amount_too_large', item: 'claim', claim: 0 });
  const again = await page.evaluate((c) => window.wasmBindings.evaluateCase(c), example);
  expect(again.totals.total_due).toBe('14788.37');
});
