import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, InterestTool, NBSP } from './app.mjs';
import { CourtTool } from './pages/court.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const NS = 'http://www.currenda.pl/epu';

// The published EPU schema with its namespaces aligned (formats/epu/README.md), in a scratch
// folder, as the native test does: the reference copies are never edited.
function patchedSchema() {
  const src = join(here, '../../shared/reference/formats/epu/xsd');
  const dir = mkdtempSync(join(tmpdir(), 'overdue-epu-'));
  writeFileSync(join(dir, 'TypyDanych.xsd'), readFileSync(join(src, 'TypyDanych.xsd'), 'utf8').replaceAll('http://www.e-sad.gov.pl/epu', NS));
  copyFileSync(join(src, 'Pozew_EPU.xsd'), join(dir, 'Pozew_EPU.xsd'));
  writeFileSync(join(dir, 'Paczka.xsd'), `<xsd:schema xmlns:curr="${NS}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="${NS}" elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xsd:include schemaLocation="Pozew_EPU.xsd"/>
  <xsd:element name="Pozwy"><xsd:complexType>
    <xsd:sequence><xsd:element name="PozewEPU" type="curr:PozewEPU" maxOccurs="unbounded"/></xsd:sequence>
    <xsd:attribute name="OznaczeniePaczki" type="curr:typNazwa60" use="required"/>
  </xsd:complexType></xsd:element>
</xsd:schema>`);
  return join(dir, 'Paczka.xsd');
}

function pdfText(path) {
  execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-']).toString('utf8');
}

// The docs example case (docs/json.md) typed in, with the parties' identifiers.
async function fillCase(page, app) {
  const tool = new InterestTool(page);
  await page.getByTestId('creditor-name').fill('Drukarnia Nowak sp. z o.o.');
  await page.getByTestId('creditor-address').fill('ul. Polna 1, 00-001 Warszawa');
  await page.getByTestId('creditor-tax-id').fill('5260250274');
  await page.locator('details.registry').first().locator('summary').click();
  await page.getByTestId('creditor-registry').fill('0000123456');
  await page.getByTestId('debtor-name').fill('Hurtownia Kowalski');
  await page.getByTestId('debtor-address').fill('ul. Leśna 2, 30-001 Kraków');
  await page.getByTestId('debtor-tax-id').fill('6770065406');
  await tool.calcDate.fill('2025-12-31');
  await tool.fillClaim(0, { number: 'FV 1/2025', issue: '2025-01-01', due: '2025-01-31', amount: '12 300,00' });
  await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4000' });
  await tool.fillClaim(2, { number: 'FV 3/2025', due: '2025-06-30', amount: '1000' });
  await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });
}

test.describe('Polish creditor goes to court', () => {
  test.use({ locale: 'pl-PL', permissions: ['clipboard-read', 'clipboard-write'] });

  test('EPU data copied field by field, the XML valid, the pozew PDF with every figure', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await fillCase(page, app);
    const court = new CourtTool(page);
    await court.open();
    await court.setFiling('2026-12-01');

    // The e-Sąd form's fields, each on its own (figures as in the native tests).
    await expect(court.field('defendant-street')).toHaveText('ul. Leśna');
    await expect(court.field('defendant-number')).toHaveText('2');
    await expect(court.field('defendant-postcode')).toHaveText('30-001');
    await expect(court.field('defendant-nip')).toHaveText('6770065406');
    await expect(court.field('claim-1-value')).toHaveText('7851,98');
    await expect(court.field('claim-1-interest')).toHaveText('z odsetkami ustawowymi za opóźnienie w transakcjach handlowych od dnia 16.05.2025 do dnia zapłaty');
    await expect(court.field('claim-1-type')).toHaveText('Gospodarcze (transakcja handlowa)');
    await expect(court.field('court')).toHaveText('Sąd Rejonowy Lublin-Zachód w Lublinie');
    await expect(court.field('fee')).toHaveText(`188,00${NBSP}zł`);
    await expect(court.epuWindow).toContainText('01.12.2023');
    await expect(court.limitation).toBeVisible();

    // Copy one field: the clipboard holds it and the button says so.
    await court.copy('defendant-street').click();
    await expect(court.copy('defendant-street')).toHaveAttribute('data-copied', 'true');
    await expect(court.copy('defendant-street')).toHaveText('Skopiowano');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ul. Leśna');

    // The XML: asked for what the schema requires, then downloaded and checked by xmllint.
    await expect(court.xmlConfirm).toContainText('potwierdź w e-Sądzie aktualną wersję formatu');
    await expect(court.xmlDownload).toBeDisabled();
    await expect(court.xmlGaps).toContainText('PESEL osoby składającej');
    await court.fillFiler({ first: 'Jan', last: 'Nowak', pesel: '44051401458', basis: 'prezes zarządu' });
    await court.fillDefendantPerson('Adam', 'Kowalski');
    await expect(court.xmlDownload).toBeEnabled();
    const xmlDownload = page.waitForEvent('download');
    await court.xmlDownload.click();
    expect((await xmlDownload).suggestedFilename()).toBe('pozew-epu-hurtownia-kowalski-2026-12-01.xml');
    const xmlPath = await (await xmlDownload).path();
    const lint = spawnSync('xmllint', ['--noout', '--schema', patchedSchema(), xmlPath], { encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    expect(readFileSync(xmlPath, 'utf8')).toContain('czyUstawowe="15"');

    if (process.env.OVERDUE_COURT_SHOTS) await page.screenshot({ path: join(process.env.OVERDUE_COURT_SHOTS, 'court-desktop-epu.png') });
    // The paper pozew: the full fee by default, the court to check, the PDF read back.
    await court.paper();
    await expect(court.pozewFacts).toContainText(`13${NBSP}488,00${NBSP}zł`);
    await expect(court.pozewFacts).toContainText(`750,00${NBSP}zł`);
    await expect(court.issues).toContainText('Sprawdź, który sąd jest właściwy');
    await expect(court.document).toContainText('POZEW O ZAPŁATĘ (w postępowaniu upominawczym)');
    await page.getByTestId('pozew-court').fill('Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie');
    await expect(court.document).toContainText('Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie');
    const pdfDownload = page.waitForEvent('download');
    await court.button('pdf').click();
    expect((await pdfDownload).suggestedFilename()).toBe('pozew-hurtownia-kowalski-2026-12-01.pdf');
    const pdfPath = await (await pdfDownload).path();
    const text = pdfText(pdfPath).replaceAll(NBSP, ' ');
    for (const figure of [
      'POZEW O ZAPŁATĘ', 'Wartość przedmiotu sporu: 13 488,00 zł', 'Opłata sądowa: 750,00 zł',
      '7 851,98 zł', '4 000,00 zł', '1 000,00 zł', '299,11 zł', '166,30 zł', '170,03 zł',
      'od dnia 16.05.2025 do dnia zapłaty', 'od dnia 01.04.2025 do dnia zapłaty', 'od dnia 01.07.2025 do dnia zapłaty',
      'art. 187 § 1 pkt 3 KPC', 'art. 458(5) § 1 KPC', 'Załącznik nr 1', 'Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie',
      'NIP: 6770065406', 'KRS: 0000123456',
    ]) {
      expect(text.replace(/\s+/g, ' '), figure).toContain(figure);
    }
    if (process.env.OVERDUE_COURT_PDF) copyFileSync(pdfPath, process.env.OVERDUE_COURT_PDF);

    // The summary procedure: a quarter of the fee.
    await page.getByTestId('pozew-summary').check();
    await expect(court.pozewFacts).toContainText(`188,00${NBSP}zł`);
    await expect(court.document).toContainText('POZEW O ZAPŁATĘ (w postępowaniu nakazowym)');
  });
});

for (const [locale, copy, epuHeading, tool] of [
  ['en-GB', 'Copy', 'Data for the e-Sąd form', 'Court'],
  ['ro-RO', 'Copiază', 'Datele pentru formularul e-Sąd', 'Instanță'],
  ['pl-PL', 'Kopiuj', 'Dane do formularza e-Sądu', 'Sąd'],
]) {
  test.describe(`court tool at phone width in ${locale}`, () => {
    test.use({ locale, viewport: { width: 360, height: 800 } });

    test(`the sheet fits and is worded in ${locale}`, async ({ page }) => {
      const app = new App(page);
      await app.open();
      // Polish law whatever the language (the Romanian route is another part of the tool).
      await page.getByTestId('jurisdiction').selectOption('PL').catch(() => {});
      await fillCase(page, app);
      const court = new CourtTool(page);
      await court.open();
      await expect(page.locator('.tool-court h1')).toHaveText(tool);
      await court.setFiling('2026-12-01');
      await expect(page.getByText(epuHeading)).toBeVisible();
      await expect(court.copy('defendant-street')).toHaveText(copy);
      // The fee in the reader's own number format (PLN 188.00, 188,00 zł, 188,00 zł).
      await expect(court.field('fee')).toContainText(/188[.,]00/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Screenshots for a person to look at, when asked for (never compared).
      const shots = process.env.OVERDUE_COURT_SHOTS;
      if (shots) await page.screenshot({ path: join(shots, `court-${locale}-epu.png`), fullPage: true });
      await court.paper();
      if (shots) await page.screenshot({ path: join(shots, `court-${locale}-pozew.png`), fullPage: true });
      await expect(court.document).toBeVisible();
      const overflow2 = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow2).toBeLessThanOrEqual(0);
    });
  });
}
