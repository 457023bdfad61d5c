// Issue 18 A1–A3, C12, C13: defaults a first-time user can trust, and entering data.
// Expected figures are worked by hand in the comments (and in src/engine/*/tests).
import { test, expect } from '@playwright/test';
import { App, InterestTool, LimitationTool, NBSP } from './app.mjs';

const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;

test.use({ locale: 'pl-PL' });

test('what was invoiced decides limitation; until chosen the earliest deadline shows', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-06-15', amount: '24 000,00' });
  await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-09-30', amount: '800' });
  // Saved once the engine has computed the deadlines the list shows.
  await expect(tool.totalDue).toBeVisible();
  await page.getByTestId('draft-name').fill('Hurtownia');
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await page.getByTestId('drafts-toggle').click();
  await expect(page.getByTestId('draft-choose-kind')).toHaveText('Wybierz rodzaj roszczenia');

  await app.nav('limitation').click();
  const lim = new LimitationTool(page);
  // Carriage (art. 778 KC) is the shortest period: 1 year to the corresponding day.
  await expect(lim.end(0)).toHaveText('15.06.2026');
  await expect(lim.status(0)).not.toHaveText('Bezpiecznie');
  await expect(lim.chooseKindNote(0)).toBeVisible();
  await expect(lim.kind(0)).toHaveValue('');
  await lim.card(0).locator('summary').click();
  await expect(lim.card(0)).toContainText('najkrótszy termin, jaki może mieć zastosowanie: 1 rok (art. 778 KC)');

  // Goods sold by a wholesaler: art. 554 KC, 2 years, to the end of the year (art. 118 zd. 2).
  await lim.kind(0).selectOption('sale');
  await expect(lim.end(0)).toHaveText('31.12.2027');
  await expect(lim.chooseKindNote(0)).toHaveCount(0);
  await lim.card(0).locator('summary').click();
  await expect(lim.card(0)).toContainText('Termin: 2 lata (art. 554 KC).');
  // The other invoice is still unknown.
  await expect(lim.end(1)).toHaveText('30.09.2026');
  await lim.kindForAll.selectOption('business');
  await expect(lim.end(0)).toHaveText('31.12.2028');
  await expect(lim.end(1)).toHaveText('31.12.2028');
  await lim.card(1).locator('summary').click();
  await expect(lim.card(1)).toContainText('Termin: 3 lata (art. 118 KC).');
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await expect(page.getByTestId('draft-choose-kind')).toHaveCount(0);
});

test('commercial interest against a consumer becomes statutory interest, with a notice', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.calcDate.fill('2026-01-15');
  // reference J.2 / J.1: 10 000 zł due 20.06.2025: commercial 869,45, statutory 578,28.
  await tool.fillClaim(0, { number: 'K 1', due: '2025-06-20', amount: '10 000,00' });
  await expect(tool.totalInterest).toHaveText(zl('869,45'));
  await expect(tool.totalCompensation).toBeVisible();
  await page.getByTestId('debtor-kind').selectOption('consumer');
  await expect(tool.totalInterest).toHaveText(zl('578,28'));
  await expect(tool.totalCompensation).toHaveCount(0);
  await expect(tool.warnings).toContainText('ustawa z 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych dotyczy tylko przedsiębiorców (art. 1–2)');
  await expect(tool.warnings).toContainText('Rekompensata za koszty odzyskiwania również nie przysługuje.');
});

test('a future due date, an issue date after the due date, and the signing date of an agreement', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.calcDate.fill('2025-12-01');
  await tool.fillClaim(0, { number: 'A', due: '2026-01-15', amount: '1000' });
  await tool.fillClaim(1, { number: 'B', issue: '2025-10-20', due: '2025-10-10', amount: '500' });
  await expect(tool.warnings).toContainText('A nie jest jeszcze wymagalna w dniu obliczenia');
  await expect(tool.warnings).toContainText('B: data wystawienia jest późniejsza niż termin płatności');
  await expect(page.getByTestId('claim-not-yet-due-0')).toHaveText('Jeszcze niewymagalna — odsetki biegną od 16.01.2026.');

  await app.nav('plan').click();
  await page.getByTestId('plan-acknowledge').click();
  await expect(page.locator('#plan-signed-error')).toHaveText('Wpisz datę, w której dłużnik podpisał ugodę.');
  await page.getByTestId('plan-signed').fill('2025-11-20');
  await page.getByTestId('plan-acknowledge').click();
  await app.nav('limitation').click();
  await expect(page.locator('.event-row')).toHaveCount(1);
  await expect(page.locator('.event-row input').first()).toHaveValue('2025-11-20');
});

test('an overpayment is explained next to the payment and in the totals', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.calcDate.fill('2025-12-01');
  await tool.fillClaim(0, { number: 'B', due: '2025-10-10', amount: '500' });
  // Paid on the due date: no interest, 100 more than the debt.
  await tool.addPayment({ date: '2025-10-10', amount: '600' });
  await expect(tool.paymentRow(0).locator('.row-note')).toHaveText(`${zl('100,00')} ponad cały dług: tę kwotę wierzyciel powinien zwrócić dłużnikowi.`);
  await expect(tool.owesBack).toHaveText(zl('100,00'));
  await expect(tool.totalDue).toHaveText(zl('0,00'));
});

test('the compensation asks for the missing EUR rate next to its invoice only', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.calcDate.fill('2026-11-30');
  // G.1: due 12.09.2016, NBP 4,3555 of 31.08.2016 -> 40 EUR = 174,22 zł (from the table).
  await tool.fillClaim(0, { number: 'G', due: '2016-09-12', amount: '3000' });
  // Due 10.07.2026: the rate of 30.06.2026 is not in the table (NBP June 2026 is missing).
  await tool.fillClaim(1, { number: 'N', due: '2026-07-10', amount: '10 000,00' });
  await expect(tool.eurRate(1)).toBeVisible();
  await expect(tool.eurRate(0)).toHaveCount(0);
  await expect(page.getByLabel('Faktura 2: Kurs EUR do rekompensaty: średni kurs NBP z 30.06.2026')).toBeVisible();
  await expect(tool.warnings.locator('li', { hasText: 'Brak kursu EUR' })).toHaveCount(1);
  await expect(tool.warnings).toContainText('Brak kursu EUR do rekompensaty dla: N');
  await expect(tool.totalCompensation).toHaveText(zl('174,22'));
  // 10 000 zł -> 70 EUR × 4,2512 = 297,58; with G: 471,80.
  await tool.eurRate(1).fill('4,2512');
  await expect(tool.totalCompensation).toHaveText(zl('471,80'));
  await expect(tool.warnings.locator('li', { hasText: 'Brak kursu EUR' })).toHaveCount(0);
});

test('a row left out is announced; errors wait until a field is left; amounts follow the language', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await tool.fillClaim(0, { number: 'FV 1', due: '2025-01-31', amount: '12,345' });
  await expect(app.principalError).toBeEmpty();
  await expect(tool.leftOut).toHaveText('Pominięte w obliczeniach: 1 faktura — popraw: FV 1');
  await app.principal.blur();
  await expect(app.principalError).not.toBeEmpty();
  await expect(app.principal).toHaveAttribute('aria-invalid', 'true');
  await app.typeAmount('abc');
  await expect(app.principalError).toContainText(`np.${NBSP}1${NBSP}234,56`);

  // A new row shows no error for fields not yet reached.
  await page.getByTestId('add-claim').click();
  const second = tool.claimRow(1);
  await tool.claim(1, 'number').fill('FV 2');
  await tool.claim(1, 'number').blur();
  await expect(tool.claimError(1, 'due')).toBeEmpty();
  await expect(second.locator('.row-note')).toHaveCount(0);
  await expect(tool.leftOut).toHaveText('Pominięte w obliczeniach: 2 faktury — popraw: FV 1, FV 2');

  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await page.getByTestId('drafts-toggle').click();
  await expect(page.getByTestId('draft-left-out')).toHaveText('Pominięte w obliczeniach: 2 faktury');
  await page.getByTestId('drafts-toggle').click();
  await app.nav('letter').click();
  await expect(page.getByTestId('letter-left-out')).toContainText('2 faktury — popraw: FV 1, FV 2');
  await app.nav('interest').click();

  await second.locator('button.remove').click();
  await app.typeAmount('2 500,-');
  await expect(app.principalError).toBeEmpty();
  await expect(tool.leftOut).toHaveCount(0);
  await expect(app.principal).toHaveValue(`2${NBSP}500,00`);
  await expect(tool.totalPrincipal).toHaveText(zl('2 500,00'));

  // Distinct accessible names for invoice and payment amounts.
  await tool.addPayment({ date: '2025-02-10', amount: '1 000,00' });
  await expect(page.getByLabel('Faktura 1: Kwota', { exact: true })).toHaveCount(1);
  await expect(page.getByLabel('Wpłata 1: Kwota', { exact: true })).toHaveCount(1);

  await app.language.selectOption('en');
  await expect(app.principal).toHaveValue('2,500.00');
  await expect(tool.payment(0, 'amount')).toHaveValue('1,000.00');
  await expect(page.getByLabel('Invoice 1: Amount', { exact: true })).toHaveCount(1);
  await expect(page.getByLabel('Payment 1: Amount', { exact: true })).toHaveCount(1);
});
