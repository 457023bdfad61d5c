import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App, InterestTool, LimitationTool } from './app.mjs';

// Expected dates follow art. 118 KC by hand: a business claim due 15.03.2023 ends on
// 31.12.2026 (3 years, end of year); an acknowledgement on 10.06.2025 restarts it:
// 10.06.2028 -> 31.12.2028.
test.describe('Polish creditor checks limitation', () => {
  test.use({ locale: 'pl-PL' });

  test('an acknowledgement moves the deadline, and the deadlines export to a calendar', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'FV 7/2023', due: '2023-03-15', amount: '5 000,00' });
    await app.nav('limitation').click();
    // Nothing is assumed about what was invoiced: the earliest possible end (carriage, 1 year).
    await expect(page.getByTestId('pl-kind')).toHaveValue('');
    await expect(page.getByTestId('deadline-end-0')).toHaveText('15.03.2024');
    await page.getByTestId('pl-kind').selectOption('business');
    await expect(page.getByTestId('deadline-end-0')).toHaveText('31.12.2026');

    const lim = new LimitationTool(page);
    const event = await lim.addEvent();
    await lim.event(event, 'date').fill('2025-06-10');
    await lim.event(event, 'claim').selectOption('FV 7/2023');
    await expect(page.getByTestId('deadline-end-0')).toHaveText('31.12.2028');
    await page.getByTestId('deadline-0').locator('summary').click();
    await expect(page.getByTestId('deadline-0')).toContainText('Uznanie długu z 10.06.2025 przerywa bieg (art. 123 § 1 pkt 2 KC)');
    await expect(page.getByTestId('deadline-0')).toContainText('art. 115 KC nie przedłuża przedawnienia');
    await expect(page.getByTestId('timeline')).toBeVisible();

    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-ics').click();
    const ics = await readFile(await (await downloadPromise).path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20281231\r\n');
    expect(ics).toContain('SUMMARY:Przedawnienie: FV 7/2023\r\n');
    expect(ics).toContain('TRIGGER:-P60D\r\n');
    expect(ics).toContain('TRIGGER:-P14D\r\n');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

    // The 6-year general period for the same claim: 15.03.2029 -> 31.12.2029, restarted -> 2031.
    await page.getByTestId('pl-kind').selectOption('general');
    await expect(page.getByTestId('deadline-end-0')).toHaveText('31.12.2031');
  });

  test('a claim close to expiry warns on the Interest tool too', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'Stara', due: '2019-01-10', amount: '100' });
    // Kind not chosen: the earliest possible end (1 year, art. 778 KC), flagged as such.
    await expect(page.getByTestId('urgent-deadlines')).toContainText('Stara: Przedawnione — Ostatni dzień na działanie 10.01.2020 · Wybierz rodzaj roszczenia');
  });
});

test.describe('Romanian creditor', () => {
  test.use({ locale: 'ro-RO' });
  test('three years to the corresponding day, moved off a weekend', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    // reference/ro/examples.md C7: due 15.03.2022 -> 15.03.2025 (Saturday) -> 17.03.2025.
    await tool.fillClaim(0, { number: 'F1', due: '2022-03-15', amount: '1.000' });
    await app.nav('limitation').click();
    await expect(page.getByTestId('deadline-end-0')).toHaveText('17.03.2025');
    await expect(page.getByTestId('deadline-0')).toContainText('art. 2512');
  });
});
