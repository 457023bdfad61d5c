import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, InterestTool, NBSP } from './app.mjs';

// pdftotext and qpdf read the PDF the browser produced.
function pdfText(path) {
  execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8') + execFileSync('pdfinfo', [path]).toString('utf8');
}

// LibreOffice (headless) reads the DOCX the browser produced and gives back its text.
function docxText(path) {
  const dir = mkdtempSync(join(tmpdir(), 'overdue-docx-'));
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, path], { stdio: 'ignore' });
  const name = path.split('/').pop().replace(/\.docx$/, '.txt');
  return readFileSync(join(dir, name), 'utf8').replaceAll(NBSP, ' ');
}

test.describe('Polish creditor sends a demand', () => {
  test.use({ locale: 'pl-PL', permissions: ['clipboard-read', 'clipboard-write'] });

  test('the letter is filled from the case and exported as DOCX, text and print', async ({ page }) => {
    const exportModule = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname.includes('export-worker')) exportModule.push(new URL(r.url()).pathname); });
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await page.getByTestId('creditor-name').fill('Drukarnia Nowak sp. z o.o.');
    await page.getByTestId('creditor-address').fill('ul. Polna 1, 00-001 Warszawa');
    await page.getByTestId('creditor-tax-id').fill('5260250274');
    await page.getByTestId('debtor-name').fill('Hurtownia Kowalski');
    await page.getByTestId('debtor-address').fill('ul. Leśna 2, 30-001 Kraków');
    await tool.calcDate.fill('2025-12-31');
    await tool.fillClaim(0, { number: 'FV 1/2025', issue: '2025-01-01', due: '2025-01-31', amount: '12 300,00' });
    await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4000' });
    await tool.fillClaim(2, { number: 'FV 3/2025', due: '2025-06-30', amount: '1000' });
    await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });
    await app.nav('letter').click();
    await page.getByTestId('letter-place').fill('Warszawa');
    await page.getByTestId('letter-iban').fill('PL61 1090 1014 0000 0712 1981 2875');
    await page.getByTestId('letter-iban').blur();
    // A checksum mistake is named as one (issue 19 §3), not as a wrong length or no account.
    await expect(page.locator('#letter-iban-error')).toContainText('Cyfry kontrolne się nie zgadzają');
    await page.getByTestId('letter-iban').fill('PL61 1090 1014 0000 0712 1981 2874');
    await expect(page.locator('#letter-iban-error')).toBeEmpty();
    await page.getByTestId('letter-extra').fill('Faktury były wielokrotnie monitowane.');

    const doc = page.getByTestId('letter-doc');
    // The same figures as docs/json.md (computed independently).
    await expect(doc).toContainText(`kwoty 14${NBSP}788,37${NBSP}zł`);
    await expect(doc).toContainText('czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy');
    await expect(doc).toContainText('PL61 1090 1014 0000 0712 1981 2874');
    await expect(doc).toContainText('Faktury były wielokrotnie monitowane.');
    await expect(page.getByTestId('letter-guidance')).toContainText('nie przerywa biegu przedawnienia');
    await expect(page.getByTestId('letter-gaps')).toContainText('Niczego nie brakuje.');
    // A company speaks through its board: in the creditor's name, never "in my own name".
    await expect(doc).toContainText('Działając w imieniu Drukarnia Nowak sp. z o.o., wzywam Dłużnika do zapłaty na rzecz Wierzyciela');
    await expect(doc).toContainText('Wierzyciel pozostaje otwarty na polubowne rozwiązanie sprawy.');
    await expect(doc).not.toContainText('w imieniu własnym');
    await expect(doc).not.toContainText('Jestem otwarty');
    // The payment as made, and how art. 451 KC applied it; the interest accrued, paid and due.
    const payment = doc.locator('table').filter({ hasText: 'Data wpłaty' }).first().locator('tbody tr').first().locator('td');
    await expect(payment).toHaveText(['15.05.2025', `5${NBSP}000,00${NBSP}zł`, 'FV 1/2025', `551,98${NBSP}zł`, `4${NBSP}448,02${NBSP}zł`]);
    await expect(doc).toContainText(`1${NBSP}852,93${NBSP}zł, z czego wpłatami pokryto 551,98${NBSP}zł; pozostaje do zapłaty: 1${NBSP}300,95${NBSP}zł`);
    await expect(doc).toContainText(`= odsetki do zapłaty: 1${NBSP}300,95${NBSP}zł`);
    // The registry warning names the chosen bureau with its address (art. 15 UUIG), or is left out.
    await expect(doc).not.toContainText('biura informacji gospodarczej');
    await page.getByTestId('letter-registry').selectOption({ label: 'Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A. — ul. Danuty Siedzikówny 12, 51-214 Wrocław' });
    await expect(doc).toContainText('do biura informacji gospodarczej Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A., adres siedziby: ul. Danuty Siedzikówny 12, 51-214 Wrocław (art. 15 ust. 1');
    await expect(page.getByTestId('letter-guidance')).toContainText('najwcześniej miesiąc po wysłaniu');

    // The PDF/DOCX writers are a separate module that the page starts on the first export.
    expect(exportModule).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByTestId('letter-docx').click();
    expect((await download).suggestedFilename()).toBe('wezwanie-hurtownia-kowalski-2025-12-31.docx');
    const file = await (await download).path();
    expect(exportModule).toContain('/export-worker_loader.js');
    const renamed = file + '.docx';
    execFileSync('cp', [file, renamed]);
    const text = docxText(renamed);
    for (const expected of ['PRZEDSĄDOWE WEZWANIE DO ZAPŁATY', '14 788,37 zł', 'czternaście tysięcy siedemset osiemdziesiąt osiem złotych trzydzieści siedem groszy',
      'ul. Leśna 2, 30-001 Kraków', 'Załącznik nr 1: wyliczenie odsetek', '551,98 zł', 'Faktury były wielokrotnie monitowane.',
      'Działając w imieniu Drukarnia Nowak sp. z o.o.', 'Krajowy Rejestr Długów Biuro Informacji Gospodarczej S.A.', '5 000,00 zł']) {
      expect(text).toContain(expected);
    }

    const pdfDownload = page.waitForEvent('download');
    await page.getByTestId('letter-pdf').click();
    const pdfFile = await (await pdfDownload).path();
    const pdf = pdfText(pdfFile);
    for (const expected of ['PRZEDSĄDOWE WEZWANIE DO ZAPŁATY', '14 788,37 zł', 'czternaście tysięcy siedemset osiemdziesiąt osiem złotych',
      'ul. Leśna 2, 30-001 Kraków', 'PL61 1090 1014 0000 0712 1981 2874', 'Author:          Drukarnia Nowak sp. z o.o.']) {
      expect(pdf).toContain(expected);
    }
    // The fonts came from the site on this first export and are kept for offline exports.
    const cached = await page.evaluate(async () => (await (await caches.open('overdue-fonts-v1')).keys()).map((r) => new URL(r.url).pathname));
    expect(cached.sort()).toEqual(['/fonts/overdue-sans-bold.ttf', '/fonts/overdue-sans-regular.ttf']);

    await page.getByTestId('letter-copy').click();
    await expect(page.getByText('Skopiowano tekst pisma.')).toBeVisible();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('PRZEDSĄDOWE WEZWANIE DO ZAPŁATY');
    expect(clip).toContain('14 788,37 zł');
    const href = await page.getByTestId('letter-email').getAttribute('href');
    expect(href.startsWith('mailto:?subject=PRZEDS%C4%84DOWE')).toBe(true);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('nav.tools')).toBeHidden();
    await expect(doc).toBeVisible();
  });
});

test.describe('Romanian creditor sends a somație', () => {
  test.use({ locale: 'ro-RO' });
  test('the somație gives 15 days, names the 200 lei payment-order duty and leaves service to the guidance', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await page.getByTestId('creditor-name').fill('SC Tipografia Ştefan SRL');
    await page.getByTestId('creditor-tax-id').fill('18547290');
    await page.getByTestId('debtor-name').fill('SC Comerț SRL');
    await tool.calcDate.fill('2023-01-31');
    await tool.fillClaim(0, { number: 'F1', due: '2021-12-31', amount: '20.000,00' });
    await page.getByTestId('settings').locator('summary').click();
    await page.getByTestId('eur-rate').fill('4,9750');
    await app.nav('letter').click();
    const doc = page.getByTestId('letter-doc');
    await expect(doc).toContainText('SOMAȚIE DE PLATĂ');
    await expect(doc).toContainText('în termen de 15 zile de la primirea prezentei');
    await expect(doc).toContainText(`2.719,45${NBSP}lei`);
    await expect(page.getByTestId('letter-days')).toHaveValue('15');
    await expect(page.getByTestId('letter-days').locator('option')).toHaveText(['15 zile', '21 de zile', '30 de zile']);
    await expect(page.locator('#letter-fixed')).toHaveCount(0);
    // The fee of the procedure the somație leads to, then the ordinary action (OUG 80/2013).
    await expect(doc).toContainText(`Taxa judiciară de timbru pentru cererea de emitere a ordonanței de plată este de 200,00${NBSP}lei (art. 6 alin. (2) din OUG nr. 80/2013).`);
    await expect(doc).toContainText(`Pentru o acțiune în pretenții pe calea dreptului comun, taxa ar fi de 1.240,97${NBSP}lei (art. 3 alin. (1) din OUG nr. 80/2013).`);
    await expect(doc).toContainText('art. 3 alin. (2¹) din OG nr. 13/2011');
    // How to serve it is advice for the creditor, not a sentence to the debtor.
    await expect(doc).not.toContainText('conținut declarat');
    await expect(page.getByTestId('letter-guidance')).toContainText('conținut declarat și confirmare de primire');
    await expect(doc).toContainText('SC Tipografia Ștefan SRL');
    // No account and no addresses: named before sending, and the download asks first.
    await expect(page.getByTestId('letter-gaps')).toContainText('Lipsește contul bancar');
    await expect(page.getByTestId('letter-gaps')).toContainText('Lipsește adresa debitorului.');
    const download = page.waitForEvent('download');
    await page.getByTestId('letter-docx').click();
    await page.getByTestId('letter-confirm-yes').click();
    expect((await download).suggestedFilename()).toBe('somatie-sc-comert-srl-2023-01-31.docx');
    const file = await (await download).path();
    execFileSync('cp', [file, file + '.docx']);
    const text = docxText(file + '.docx');
    expect(text).toContain('SOMAȚIE DE PLATĂ');
    expect(text).toContain('22.918,45 lei');
    expect(text).toContain('douăzeci și două de mii nouă sute optsprezece lei și patruzeci și cinci de bani');
    const pdfDownload = page.waitForEvent('download');
    await page.getByTestId('letter-pdf').click();
    await page.getByTestId('letter-confirm-yes').click();
    const pdf = pdfText(await (await pdfDownload).path());
    expect(pdf).toContain('SOMAȚIE DE PLATĂ');
    expect(pdf).toContain('SC Tipografia Ștefan SRL');
    expect(pdf).toContain('22.918,45 lei');
    expect(pdf.replace(/\s+/g, ' ')).toContain('ordonanței de plată este de 200,00 lei');
  });
});

test.describe('a somație needs 15 days', () => {
  test.use({ locale: 'pl-PL' });
  test('fewer days chosen earlier are refused with the reason, and 15 clears it', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'F1', due: '2025-03-31', amount: '5000' });
    await app.nav('letter').click();
    await page.getByTestId('letter-days').selectOption('14');
    await expect(page.locator('#letter-days-error')).toBeEmpty();
    // The same case under Romanian law becomes a somație: 14 days is not enough.
    await app.jurisdiction.selectOption('RO');
    const doc = page.getByTestId('letter-doc');
    await expect(doc).toContainText('SOMAȚIE DE PLATĂ');
    await expect(page.getByTestId('letter-days')).toHaveValue('14');
    await expect(page.locator('#letter-days-error')).toContainText('co najmniej 15 dni od doręczenia (art. 1015 alin. (1)');
    await expect(page.getByTestId('letter-days')).toHaveAttribute('aria-invalid', 'true');
    // The letter never prints fewer than the statute's 15 days meanwhile.
    await expect(doc).toContainText('în termen de 15 zile de la primirea prezentei');
    await page.getByTestId('letter-days').selectOption('21');
    await expect(page.locator('#letter-days-error')).toBeEmpty();
    await expect(doc).toContainText('în termen de 21 de zile de la primirea prezentei');
    await expect(page.getByTestId('letter-days').locator('option')).toHaveCount(3);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
  test('every tool fits a phone screen', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'INV-7', due: '2025-03-15', amount: '7,500.00' });
    await tool.addPayment({ date: '2025-05-15', amount: '500' });
    for (const slug of ['interest', 'plan', 'limitation', 'letter', 'method']) {
      await app.nav(slug).click();
      await expect(page.getByTestId(`tool-${slug}`)).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, slug).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the export module cannot be fetched', () => {
  test.use({ locale: 'en-GB', serviceWorkers: 'block' });
  test('the letter says so, and the next export tries again', async ({ page }) => {
    await page.route('**/export-worker_loader.js', (route) => route.abort());
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'INV-7', due: '2025-03-15', amount: '7,500.00' });
    await app.nav('letter').click();
    await page.getByTestId('letter-docx').click();
    await page.getByTestId('letter-confirm-yes').click();
    await expect(page.getByRole('alert').filter({ hasText: 'could not be made' })).toBeVisible();
    await page.unroute('**/export-worker_loader.js');
    const download = page.waitForEvent('download');
    await page.getByTestId('letter-docx').click();
    await page.getByTestId('letter-confirm-yes').click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);
    await expect(page.getByRole('alert').filter({ hasText: 'could not be made' })).toHaveCount(0);
  });
});
