import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App, InterestTool, NBSP } from './app.mjs';

const lei = (s) => `${s}${NBSP}lei`;

// 10 000 lei at 12% a year over 12 months: PMT(1%, 12, 10 000) = 888,49 (spreadsheet), the last
// instalment 888,47, total interest 661,86 (src/engine/plan/tests.rs, computed independently).
test.describe('Romanian creditor offers 12 monthly instalments', () => {
  test.use({ locale: 'ro-RO' });

  test('builds the plan from a case, downloads the CSV and the calendar', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await expect(app.language).toHaveValue('ro');
    const tool = new InterestTool(page);
    await page.getByTestId('creditor-name').fill('SC Tipografia SRL');
    await page.getByTestId('debtor-name').fill('SC Comerț SRL');
    await tool.fillClaim(0, { number: 'F 12', due: '2025-06-30', amount: '10.000,00' });
    await app.nav('plan').click();

    await page.getByTestId('plan-amount').fill('10.000,00');
    await page.getByTestId('plan-agreement').fill('2026-01-05');
    await page.getByTestId('plan-first').fill('2026-02-05');
    await page.getByTestId('plan-interest').selectOption({ label: 'O rată anuală fixă' });
    await page.getByTestId('plan-rate').fill('12');
    await expect(page.getByTestId('plan-total')).toHaveText(lei('10.661,86'));
    await expect(page.getByTestId('plan-total-interest')).toHaveText(lei('661,86'));
    await expect(page.getByTestId('plan-last')).toHaveText('05.01.2027');
    await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(12);
    await expect(page.getByTestId('plan-table').locator('tbody tr').first()).toContainText(lei('888,49'));
    await expect(page.getByTestId('agreement')).toContainText('ACORD DE EȘALONARE LA PLATĂ');
    await expect(page.getByTestId('agreement')).toContainText('zece mii de lei');
    await expect(page.getByTestId('plan-chart')).toBeVisible();

    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('plan-csv').click();
    const csv = await readFile(await (await csvDownload).path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Nr.;Scadența;Rata;Capital;Dobândă;Rămas');
    expect(lines[1]).toBe('1;2026-02-05;888,49;788,49;100,00;9211,51');
    expect(lines[12]).toBe('12;2027-01-05;888,47;879,67;8,80;0,00');
    expect(lines[13]).toBe('TOTAL;;10661,86;10000,00;661,86;');

    const icsDownload = page.waitForEvent('download');
    await page.getByTestId('plan-ics').click();
    const ics = await readFile(await (await icsDownload).path(), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(12);
    expect(ics.match(/TRIGGER:-P1D/g)).toHaveLength(12);
    expect(ics).toContain('DTSTART;VALUE=DATE:20260205\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270105\r\n');
    // Calendar entries name the debtor; the file names the debtor and the agreement date.
    expect((await icsDownload).suggestedFilename()).toBe('grafic-plata-sc-comert-srl-2026-01-05.ics');
    expect(ics).toContain(`SUMMARY:SC Comerț SRL — Rata 1: 888\\,49${NBSP}lei\r\n`);

    // The agreement exports with the same document machinery as the letters.
    const pdfDownload = page.waitForEvent('download');
    await page.getByTestId('plan-pdf').click();
    await page.getByTestId('plan-confirm-yes').click();
    expect((await pdfDownload).suggestedFilename()).toBe('acord-esalonare-sc-comert-srl-2026-01-05.pdf');
    const pdfPath = await (await pdfDownload).path();
    const { execFileSync } = await import('node:child_process');
    execFileSync('qpdf', ['--check', pdfPath], { stdio: 'ignore' });
    const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']).toString('utf8').replace(/\s+/g, ' ');
    expect(pdf).toContain('ACORD DE EȘALONARE LA PLATĂ');
    expect(pdf).toContain(`888,49${NBSP}lei`.replace(NBSP, ' '));
    expect(pdf).toContain('suma de 10.000,00 lei (în litere: zece mii de lei) (debit principal');
    expect(pdf).toContain('Art. 2. Restul sumei');
    // The invoices acknowledged, and the acceleration clause for any late instalment.
    expect(pdf).toContain('rezultată din facturile de mai jos');
    expect(pdf).toMatch(/F 12 .*30\.06\.2025/);
    expect(pdf).toContain('oricărei rate');

    // The agreement acknowledges the debt: its date becomes an interruption in Limitation.
    await page.getByTestId('plan-signed').fill('2026-01-05');
    await page.getByTestId('plan-acknowledge').click();
    await app.nav('limitation').click();
    await expect(page.locator('.event-row')).toHaveCount(1);
    await expect(page.locator('.event-row input').first()).toHaveValue('2026-01-05');
    await expect(page.getByTestId('deadline-end-0')).toHaveText('05.01.2029');
  });

  test('impossible plans are explained', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.nav('plan').click();
    await expect(page.getByTestId('plan-error')).toContainText('Nu există sumă de eșalonat');
    await page.getByTestId('plan-amount').fill('1.000');
    await page.getByTestId('plan-count').fill('0');
    await expect(page.getByTestId('plan-error')).toContainText('cel puțin o rată');
    await page.getByTestId('plan-count').fill('abc');
    await page.getByTestId('plan-count').blur();
    // A count is a whole number, not an amount (issue 19 §3).
    await expect(page.locator('#plan-count-error')).toContainText('un număr întreg');
  });
});
