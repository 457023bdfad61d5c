// Issue #16, Romania and the EU: the request for an ordonanță de plată from a Romanian case,
// refused with the day it becomes possible while the somație is too recent, read back from the
// PDF; the three UI languages; phone width; the Form A data sheet for a debtor abroad.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { App, InterestTool, NBSP } from './app.mjs';
import { ContactsPage } from './pages/overview.mjs';

function pdfText(path) {
  execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8').replaceAll(NBSP, ' ');
}

// reference/ro/examples.md C3: 20 000 lei due 31.12.2021 between professionals; the somație
// sent 05.01.2023 by registered letter and received Tue 10.01.2023.
async function romanianCase(page) {
  const app = new App(page);
  await app.open();
  await expect(app.jurisdiction).toHaveValue('RO');
  const tool = new InterestTool(page);
  await page.getByTestId('creditor-name').fill('SC Tipografia Ş.A. SRL');
  await page.getByTestId('creditor-address').fill('Str. Memorandumului nr. 28, 400114 Cluj-Napoca, jud. Cluj');
  await page.getByTestId('creditor-tax-id').fill('RO18547290');
  await page.getByTestId('debtor-name').fill('SC Comerț Țărănesc SRL');
  await page.getByTestId('debtor-address').fill('Bd. Independenței nr. 5, 700102 Iași, jud. Iași');
  await page.getByTestId('debtor-tax-id').fill('RO14399840');
  await tool.calcDate.fill('2023-01-31');
  await tool.fillClaim(0, { number: 'F1', issue: '2021-12-01', due: '2021-12-31', amount: '20.000,00' });
  await tool.eurRate(0).fill('4,9750');
  await tool.eurRate(0).blur();
  const contacts = new ContactsPage(page);
  await contacts.open();
  const entry = await contacts.add({ date: '2023-01-05', channel: 3 });
  await entry.locator('[data-testid$=-document]').selectOption('4');
  await entry.locator('[data-testid$=-delivered]').fill('2023-01-10');
  await app.nav('court').click();
  await expect(page.getByTestId('court-ro')).toBeVisible();
  return app;
}

test.describe('Romanian creditor goes to court', () => {
  test.use({ locale: 'ro-RO' });

  test('the payment-order request is refused until the somație term has passed, then read back from its PDF', async ({ page }) => {
    const app = await romanianCase(page);
    const filing = page.getByTestId('court-ro-filing');
    // R + 16 = Thu 26.01.2023 is the debtor's last day: too early, with the first possible day.
    await filing.fill('2023-01-26');
    await expect(page.getByTestId('court-ro-somatie')).toContainText('primită la 10.01.2023');
    await expect(page.getByTestId('court-ro-somatie')).toContainText('de la 27.01.2023');
    // The small claim is not open above 10 000 lei, so the order is the route, refused today.
    await page.getByTestId('court-ro-doc-order').check();
    await expect(page.getByTestId('court-ro-refused')).toContainText('abia de la 27.01.2023');
    await expect(page.getByTestId('letter-doc')).toHaveCount(0);

    await filing.fill('2023-01-31');
    await expect(page.getByTestId('court-ro-order-ok')).toContainText('200,00 lei');
    const doc = page.getByTestId('letter-doc');
    await expect(doc).toContainText('CERERE DE EMITERE A ORDONANȚEI DE PLATĂ');
    await expect(doc).toContainText('JUDECĂTORIA IAȘI');

    const download = page.waitForEvent('download');
    await page.getByTestId('court-ro-pdf').click();
    expect((await download).suggestedFilename()).toBe('cerere-ordonanta-de-plata-sc-comert-taranesc-srl-2023-01-31.pdf');
    const saved = test.info().outputPath('cerere-ordonanta-de-plata.pdf');
    await (await download).saveAs(saved);
    const text = pdfText(saved);
    // C3 semester variant (CPC art. 1018): 966,99 + 1.184,66 + 250,55 = 2.402,20 lei; 40 EUR at
    // 4,9750 = 199,00 lei; 20.000 + 2.402,20 + 199 = 22.601,20 lei; duty 200 lei.
    for (const figure of [
      'CERERE DE EMITERE A ORDONANȚEI DE PLATĂ', 'JUDECĂTORIA IAȘI', 'SC Tipografia Ș.A. SRL',
      'CUI RO18547290', 'CUI RO14399840', '22.601,20 lei', '20.000,00 lei', '2.402,20 lei', '199,00 lei',
      '200,00 lei', '05.01.2023', '10.01.2023', '26.01.2023', '01.01.2022', '01.02.2023',
      '966,99 lei', '1.184,66 lei', '250,55 lei', 'art. 1015 alin. (1)', 'art. 6 alin. (2) din OUG nr. 80/2013',
      'art. 3 alin. (2¹) din OG nr. 13/2011', 'conform cu originalul',
    ]) {
      expect(text.replace(/\s+/g, ' '), figure).toContain(figure);
    }
    expect(text).not.toContain('Ş');
    await app.page.screenshot({ path: test.info().outputPath('court-ro.png'), fullPage: true });
  });

  test('the small claim is recommended when cheaper; a somație without a receipt date says what is missing', async ({ page }) => {
    await romanianCase(page);
    // 1 500 lei due 31.12.2021: the small claim costs 50 lei against 200 for the order.
    await page.getByTestId('nav-interest').click();
    await new InterestTool(page).fillClaim(0, { number: 'F1', issue: '2021-12-01', due: '2021-12-31', amount: '1.500,00' });
    await page.getByTestId('nav-court').click();
    await page.getByTestId('court-ro-filing').fill('2023-01-31');
    await expect(page.getByTestId('court-ro-recommendation')).toContainText('Cererea de valoare redusă');
    await expect(page.getByTestId('court-ro-recommendation')).toContainText('Taxa este de 50,00 lei, față de 200,00 lei');
    await expect(page.getByTestId('letter-doc')).toContainText('DATE PENTRU CEREREA DE VALOARE REDUSĂ');
    await page.getByTestId('nav-contacts').click();
    await page.locator('fieldset.contact-entry').last().locator('[data-testid$=-delivered]').fill('');
    await page.getByTestId('nav-court').click();
    await page.getByTestId('court-ro-filing').fill('2023-01-31');
    await expect(page.getByTestId('court-ro-somatie')).toContainText('lipsește data primirii');
    await page.getByTestId('court-ro-doc-order').check();
    await expect(page.getByTestId('court-ro-refused')).toContainText('lipsește data primirii');
  });
});

test.describe('in every language', () => {
  test.use({ locale: 'ro-RO' });

test('the Romanian court part in Polish and English, and at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = await romanianCase(page);
  await page.getByTestId('court-ro-filing').fill('2023-01-26');
  // Chosen, the law stays Romanian when the language changes.
  await app.jurisdiction.selectOption('RO');
  await app.language.selectOption('pl');
  await expect(page.getByTestId('court-ro-somatie')).toContainText('wniosek można złożyć od 27.01.2023');
  await app.language.selectOption('en');
  await expect(page.getByTestId('court-ro-somatie')).toContainText('the request may be filed from 27 Jan 2023');
  await page.getByTestId('court-ro-filing').fill('2023-01-31');
  // The document stays in Romanian whatever the UI language.
  await expect(page.getByTestId('letter-doc')).toContainText('CERERE DE EMITERE A ORDONANȚEI DE PLATĂ');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByTestId('court-ro-order-checks').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('court-ro-360-checks.png') });
  await page.getByTestId('letter-doc').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('court-ro-360-doc.png') });
});
});

test.describe('a debtor in another member state', () => {
  test.use({ locale: 'ro-RO' });

  test('names the EU procedures and gives the Form A data sheet', async ({ page }) => {
    await romanianCase(page);
    await page.getByTestId('nav-interest').click();
    await page.getByTestId('debtor-tax-id').fill('DE811128135');
    await page.getByTestId('nav-court').click();
    const eu = page.getByTestId('court-eu');
    await expect(eu).toHaveAttribute('open', '');
    await page.getByTestId('court-eu-filing').fill('2023-01-31');
    await expect(page.getByTestId('court-eu-country')).toContainText('Din codul de TVA: Germania');
    await expect(page.getByTestId('court-eu-procedures')).toContainText('Somația europeană de plată');
    await expect(eu.getByTestId('letter-doc')).toContainText('EUROPEAN ORDER FOR PAYMENT — DATA FOR FORM A');
    await expect(eu.getByTestId('letter-doc')).toContainText('02 Defendant');
    const download = page.waitForEvent('download');
    await page.getByTestId('court-eu-pdf').click();
    expect((await download).suggestedFilename()).toBe('european-order-for-payment-form-a-sc-comert-taranesc-srl-2023-01-31.pdf');
    const saved = test.info().outputPath('form-a.pdf');
    await (await download).saveAs(saved);
    const text = pdfText(saved).replace(/\s+/g, ' ');
    for (const figure of ['DATA FOR FORM A', 'DE811128135', '20,000.00', 'RON', '2,719.45', 'Germany']) {
      expect(text, figure).toContain(figure);
    }
  });
});
