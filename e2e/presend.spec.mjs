import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { App, InterestTool, NBSP } from './app.mjs';

// Issue 18 B4, B5, B7, B11: the check before sending names every gap and leads to its field,
// a download asks first while gaps remain, a Polish NRB is accepted, the agreement carries the
// account and the invoices, and files are named after the debtor and the date.
test.describe('Polish creditor checks the letter before sending it', () => {
  test.use({ locale: 'pl-PL' });

  test('gaps link to their fields; the download asks first; the NRB and the agreement', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2025-12-31');
    await tool.fillClaim(0, { number: 'FV 1/2025', issue: '2025-01-01', due: '2025-01-31', amount: '12 300,00' });
    await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4 000,000' });
    await app.nav('letter').click();

    const gaps = page.getByTestId('letter-gaps');
    await expect(gaps).toContainText('Brak numeru rachunku');
    await expect(gaps).toContainText('Brak nazwy wierzyciela.');
    await expect(gaps).toContainText('Brak nazwy dłużnika.');
    await expect(gaps).toContainText('Faktura FV 2/2025 jest pominięta');

    // A gap leads to its field, in the tool where it is typed.
    await gaps.getByRole('link', { name: 'Brak nazwy wierzyciela.' }).click();
    await expect(app.nav('interest')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('#creditor-name')).toBeFocused();
    await page.keyboard.type('Drukarnia Nowak sp. z o.o.');
    await page.getByTestId('creditor-address').fill('ul. Polna 1, 00-001 Warszawa');
    await page.getByTestId('debtor-name').fill('Hurtownia „Kowalski” Sp. j.');
    await page.getByTestId('debtor-address').fill('ul. Leśna 2, 30-001 Kraków');
    await app.nav('letter').click();
    await gaps.getByRole('link', { name: /FV 2\/2025/ }).click();
    const amount = tool.claim(1, 'amount');
    await expect(amount).toBeFocused();
    await amount.fill('4 000,00');
    await app.nav('letter').click();
    await expect(gaps).not.toContainText('FV 2/2025');

    // The NRB as printed on a Polish invoice, without "PL": accepted and shown grouped.
    await page.getByTestId('letter-place').fill('Łódź');
    await page.getByTestId('letter-iban').fill('61109010140000071219812874');
    await page.getByTestId('letter-iban').blur();
    await expect(page.getByTestId('letter-iban')).toHaveValue('PL61 1090 1014 0000 0712 1981 2874');
    await expect(page.locator('#letter-iban-error')).toBeEmpty();
    await expect(page.getByTestId('letter-doc')).toContainText('PL61 1090 1014 0000 0712 1981 2874');
    await expect(gaps).toContainText('Niczego nie brakuje.');

    // With a gap the download asks first: keyboard only, Escape goes back to the button.
    await page.getByTestId('letter-iban').fill('');
    await page.getByTestId('letter-pdf').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('letter-confirm')).toBeVisible();
    await expect(page.getByTestId('letter-confirm-no')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('letter-confirm')).toHaveCount(0);
    await expect(page.getByTestId('letter-pdf')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('letter-confirm-yes')).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('wezwanie-hurtownia-kowalski-sp-j-2025-12-31.pdf');
    const pdf = await (await download).path();
    // The signature shares its page with text of the letter.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1]);
    const signed = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${i + 1}`, '-l', `${i + 1}`, pdf, '-']).toString('utf8'))
      .find((t) => t.includes('(podpis)'));
    expect(signed.split('\n').filter((l) => l.trim() && !l.includes('(podpis)') && !/^\d+\/\d+$/.test(l.trim())).length).toBeGreaterThan(0);

    // The agreement: the case's account and place, the invoices acknowledged, "którejkolwiek raty".
    await page.getByTestId('letter-iban').fill('61 1090 1014 0000 0712 1981 2874');
    await app.nav('plan').click();
    await page.getByTestId('plan-agreement').fill('2026-12-01');
    // 1 January is a holiday and 2–3 January the weekend: the first working day is the 4th.
    await expect(page.getByTestId('plan-first')).toHaveValue('2027-01-04');
    await expect(page.getByTestId('plan-shift')).toBeChecked();
    const agreement = page.getByTestId('agreement');
    await expect(agreement).toContainText('zawarta w dniu 01.12.2026 w miejscowości Łódź');
    await expect(agreement).toContainText('na rachunek bankowy Wierzyciela nr PL61 1090 1014 0000 0712 1981 2874.');
    await expect(agreement).toContainText('wynikający z faktur wymienionych poniżej');
    await expect(agreement).toContainText(`12${NBSP}300,00${NBSP}zł`);
    await expect(agreement).toContainText('którejkolwiek raty');
    // The agreement's amount is the case total on its date, which runs past the verified rates.
    await expect(page.getByTestId('plan-gaps')).toContainText('Odsetki biegną po 23.07.2026');
    await expect(page.getByTestId('plan-gaps')).not.toContainText('rachunku');
    const docx = page.waitForEvent('download');
    await page.getByTestId('plan-docx').click();
    await page.getByTestId('plan-confirm-yes').click();
    expect((await docx).suggestedFilename()).toBe('ugoda-ratalna-hurtownia-kowalski-sp-j-2026-12-01.docx');
  });
});
