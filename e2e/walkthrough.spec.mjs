// Issue 18 "Proof": one walkthrough as a new user — a Polish wholesaler with five 2025 invoices and
// one 3 000 zł payment without a designated invoice; limitation, the plan, the letter PDF, a reload
// and the share link opened in another browser.
//
// The case is the one `payments_and_interest_agree_across_the_letter` (src/engine/letter/tests.rs)
// builds, with its calculation date 31.12.2025, so no figure depends on today's clock. By hand:
// invoices 800,00 + 5 230,49 + 24 000,00 + 9 500,00 + 5 000,00 = 44 530,49 zł. The payment of
// 15.07.2025 names no invoice, so art. 451 § 3 KC applies it to the oldest debt, and art. 451 § 1
// zd. 2 KC first to its interest: FV 1/2025 (due 31.01.2025; till 30.06.2025 the NBP reference
// rate 5,75% + 10 pp = 15,75%, from 01.07.2025 5,25% + 10 pp = 15,25%, art. 4 pkt 3 of the act on
// late payment in commercial transactions): 800 × 15,75% × 150/365
// = 51,78 + 800 × 15,25% × 15/365 = 5,01, so 56,79 interest + 800,00 principal; the rest, 2 143,21,
// to FV 2/2025: 5 230,49 × 15,75% × 122/365 = 275,35 + 5 230,49 × 15,25% × 15/365 = 32,78, so 308,13
// interest + 1 835,08 principal (as the engine test pins). Paid: 364,92 interest + 2 635,08
// principal; principal left 44 530,49 − 2 635,08 = 41 895,41.
// Interest accrued to 31.12.2025, each period rounded: FV 1 56,79; FV 2 308,13 + 3 395,41 × 15,25%
// × 169/365 = 239,75 → 547,88; FV 3 24 000 × (15,75% × 91 + 15,25% × 184)/365 = 942,41 + 1 845,04
// = 2 787,45; FV 4 9 500 × (15,75% × 61 + 15,25% × 184)/365 = 250,06 + 730,33 = 980,39; FV 5
// 5 000 × (15,75% × 31 + 15,25% × 184)/365 = 66,88 + 384,38 = 451,26. Accrued 4 823,77 − paid
// 364,92 = 4 458,85 due. Compensation (art. 10 of that act): 40 € for up to 5 000 zł, 70 € above,
// at the NBP mid rate of the last working day of the month before the due month (data/
// pl_nbp_eur_month_end.csv): 40 × 4,2730 + 70 × 4,2130 + 70 × 4,1575 + 70 × 4,1839 + 40 × 4,2778
// = 170,92 + 294,91 + 291,03 + 292,87 + 171,11 = 1 220,84. Total 41 895,41 + 4 458,85 + 1 220,84
// = 47 575,10 zł.
// The letter is dated 05.01.2026 and counts to its date: 5 more days at 4,00% + 10 pp = 14% on
// 3 395,41 + 24 000 + 9 500 + 5 000: 6,51 + 46,03 + 18,22 + 9,59 = 80,35, so 4 904,12 accrued −
// 364,92 paid = 4 539,20 due, and 41 895,41 + 4 539,20 + 1 220,84 = 47 655,45 zł.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { App, InterestTool, LimitationTool, NBSP, PlanTool } from './app.mjs';

const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;
const IBAN = 'PL61 1090 1014 0000 0712 1981 2874';
const CREDITOR = { name: 'Hurtownia Nowak sp. z o.o.', address: 'ul. Polna 1, 00-001 Warszawa', nip: '5260250274' };
// NIP 774-000-14-54: 7·6+7·5+4·7+0+0+0+1·5+4·6+5·7 = 169 ≡ 4 (mod 11), the check digit.
const DEBTOR = { name: 'Sklep Kowalski sp. j.', address: 'ul. Leśna 2, 30-001 Kraków', nip: '7740001454' };
const INVOICES = [
  { number: 'FV 1/2025', issue: '2025-01-02', due: '2025-01-31', amount: '800,00' },
  { number: 'FV 2/2025', issue: '2025-01-29', due: '2025-02-28', amount: '5 230,49' },
  { number: 'FV 3/2025', issue: '2025-03-03', due: '2025-03-31', amount: '24 000,00' },
  { number: 'FV 4/2025', issue: '2025-04-01', due: '2025-04-30', amount: '9 500,00' },
  { number: 'FV 5/2025', issue: '2025-04-30', due: '2025-05-30', amount: '5 000,00' },
];

// pdftotext reads each page of the PDF the browser produced.
function pdfPages(path) {
  execFileSync('qpdf', ['--check', path], { stdio: 'ignore' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())[1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', `${i + 1}`, '-l', `${i + 1}`, path, '-']).toString('utf8'));
}

const flat = (s) => s.replaceAll(NBSP, ' ').replace(/\s+/g, ' ');

async function shareLink(page) {
  await page.getByTestId('drafts-toggle').click();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.getByTestId('drafts-toggle').click();
  return link;
}

test.use({ locale: 'pl-PL' });

test('a new Polish wholesaler: five invoices, one payment, limitation, plan, letter PDF, reload, share link', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);

  // The parties, typed by hand.
  for (const [role, p] of [['creditor', CREDITOR], ['debtor', DEBTOR]]) {
    await page.getByTestId(`${role}-name`).fill(p.name);
    await page.getByTestId(`${role}-address`).fill(p.address);
    await page.getByTestId(`${role}-tax-id`).fill(p.nip);
    await page.getByTestId(`${role}-tax-id`).blur();
  }
  await tool.calcDate.fill('2025-12-31');
  for (const [i, inv] of INVOICES.entries()) await tool.fillClaim(i, inv);
  await tool.addPayment({ date: '2025-07-15', amount: '3 000,00' });
  await page.getByTestId('draft-name').fill('Kowalski — faktury 2025');

  await expect(tool.leftOut).toHaveCount(0);
  await expect(tool.totalPrincipal).toHaveText(zl('41 895,41'));
  await expect(page.getByTestId('total-paid')).toContainText(zl('3 000,00'));
  await expect(tool.totalInterest).toHaveText(zl('4 458,85'));
  await expect(tool.totalCompensation).toHaveText(zl('1 220,84'));
  await expect(tool.totalDue).toHaveText(zl('47 575,10'));
  const totalDue = zl('47 575,10');

  // Limitation: nothing assumed about what was invoiced, never "safe" before choosing; goods sold
  // by a business: 2 years (art. 554 KC) to the end of the year (art. 118 zd. 2 KC).
  await app.nav('limitation').click();
  const lim = new LimitationTool(page);
  for (let i = 0; i < 5; i++) {
    await expect(lim.status(i)).not.toHaveText('Bezpiecznie');
    await expect(lim.chooseKindNote(i)).toBeVisible();
  }
  // Until chosen, the earliest possible end: carriage, 1 year to the day (art. 778 KC).
  await expect(lim.end(0)).toHaveText('31.01.2026');
  await expect(lim.end(4)).toHaveText('30.05.2026');
  await lim.kindForAll.selectOption('sale');
  for (let i = 0; i < 5; i++) {
    await expect(lim.end(i)).toHaveText('31.12.2027');
    await expect(lim.chooseKindNote(i)).toHaveCount(0);
  }
  await lim.card(0).locator('summary').click();
  await expect(lim.card(0)).toContainText('Termin: 2 lata (art. 554 KC).');

  // The letter: the NRB as printed on the invoice, without "PL".
  await app.nav('letter').click();
  // The pre-send check names what is still missing.
  await expect(page.getByTestId('letter-gaps')).toContainText('Brak numeru rachunku');
  await page.getByTestId('letter-date').fill('2026-01-05');
  await page.getByTestId('letter-place').fill('Warszawa');
  await page.getByTestId('letter-signatory').fill('Jan Nowak, prezes zarządu');
  await page.getByTestId('letter-iban').fill('61109010140000071219812874');
  await page.getByTestId('letter-iban').blur();
  await expect(page.getByTestId('letter-iban')).toHaveValue(IBAN);
  await expect(page.locator('#letter-iban-error')).toBeEmpty();

  // The plan: six instalments; the agreement carries the account and the invoices.
  await app.nav('plan').click();
  await page.getByTestId('plan-agreement').fill('2026-01-05');
  // The first instalment defaults to a working day of the next month, moved off holidays.
  await expect(page.getByTestId('plan-first')).toHaveValue('2026-02-02');
  await expect(page.getByTestId('plan-shift')).toBeChecked();
  await page.getByTestId('plan-count').fill('6');
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(6);
  const agreement = page.getByTestId('agreement');
  await expect(agreement).toContainText(`na rachunek bankowy Wierzyciela nr ${IBAN}.`);
  await expect(agreement).toContainText('w miejscowości Warszawa');
  for (const p of [CREDITOR, DEBTOR]) await expect(agreement).toContainText(`${p.name}, ${p.address}, NIP: ${p.nip}`);
  await expect(agreement).toContainText('wynikający z faktur wymienionych poniżej');
  // FV 1/2025 was paid in full; FV 2/2025 owes 5 230,49 − 1 835,08 = 3 395,41.
  const plan = new PlanTool(page);
  await expect(plan.acknowledged).toHaveCount(4);
  await expect(plan.acknowledgedInvoice(0)).toContainText(`FV 2/2025${'29.01.2025'}${'28.02.2025'}${zl('5 230,49')}${zl('3 395,41')}`);
  for (const [i, inv] of INVOICES.slice(2).entries()) {
    await expect(plan.acknowledgedInvoice(i + 1)).toContainText(inv.number);
    await expect(plan.acknowledgedInvoice(i + 1)).toContainText(zl(inv.amount));
  }

  // The pre-send check, then the PDF.
  await app.nav('letter').click();
  const doc = page.getByTestId('letter-doc');
  await expect(doc).toContainText(IBAN);
  const gaps = page.getByTestId('letter-gaps');
  await expect(gaps).toContainText('Niczego nie brakuje.');
  const download = page.waitForEvent('download');
  await page.getByTestId('letter-pdf').click();
  expect((await download).suggestedFilename()).toBe('wezwanie-sklep-kowalski-sp-j-2026-01-05.pdf');
  const pages = pdfPages(await (await download).path());
  const pdf = flat(pages.join('\n'));
  expect(pdf).toContain(IBAN);
  for (const p of [CREDITOR, DEBTOR]) {
    expect(pdf).toContain(p.name);
    expect(pdf).toContain(p.address);
    expect(pdf).toContain(`NIP: ${p.nip}`);
  }
  // The payment as made and how art. 451 KC applied it.
  expect(pdf).toMatch(/15\.07\.2025 3 000,00 zł FV 1\/2025 56,79 zł 800,00 zł/);
  expect(pdf).toMatch(/FV 2\/2025 308,13 zł 1 835,08 zł/);
  expect(pdf).toMatch(/Razem 3 000,00 zł 364,92 zł 2 635,08 zł/);
  // Interest accrued − paid = due, in the body and the annex, with the totals the screen showed.
  expect(pdf).toContain('naliczone do dnia 05.01.2026: 4 904,12 zł, z czego wpłatami pokryto 364,92 zł; pozostaje do zapłaty: 4 539,20 zł');
  expect(pdf).toContain('Odsetki naliczone: 4 904,12 zł − odsetki pokryte wpłatami: 364,92 zł = odsetki do zapłaty: 4 539,20 zł');
  expect(pdf).toContain('kwoty 47 655,45 zł');
  expect(pdf).toContain('Razem do zapłaty: 47 655,45 zł');
  expect(pdf).toContain('41 895,41 zł');
  expect(pdf).toContain('1 220,84 zł');
  // The signature stands on a page that has body text too.
  const signed = pages.find((t) => t.includes('(podpis)'));
  expect(signed).toBeDefined();
  expect(signed).toContain('Jan Nowak, prezes zarządu');
  expect(pages.at(-1).trim().length).toBeGreaterThan(10);
  const body = signed.split('\n').filter((l) => l.trim() && !/podpis|Jan Nowak/.test(l) && !/^\d+\/\d+$/.test(l.trim()));
  expect(body.length).toBeGreaterThan(1);

  // A reload restores the whole case from this browser.
  await app.nav('interest').click();
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await page.reload();
  await expect(page.getByTestId('draft-name')).toHaveValue('Kowalski — faktury 2025');
  await expect(tool.totalDue).toHaveText(totalDue);
  await expect(tool.totalPrincipal).toHaveText(zl('41 895,41'));
  await expect(page.getByTestId('debtor-tax-id')).toHaveValue(DEBTOR.nip);
  await expect(tool.payment(0, 'amount')).toHaveValue('3 000,00'.replace(' ', NBSP));
  await app.nav('limitation').click();
  await expect(lim.end(4)).toHaveText('31.12.2027');
  await app.nav('plan').click();
  await expect(page.getByTestId('plan-count')).toHaveValue('6');
  await app.nav('letter').click();
  await expect(page.getByTestId('letter-iban')).toHaveValue(IBAN);
  await expect(page.getByTestId('letter-signatory')).toHaveValue('Jan Nowak, prezes zarządu');
  await app.nav('interest').click();

  // The share link, opened in another browser: the same case.
  const link = await shareLink(page);
  const elsewhere = await browser.newContext({ locale: 'pl-PL' });
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(other.getByTestId('notice')).toContainText('Otwarto udostępnioną sprawę');
  const otherTool = new InterestTool(other);
  await expect(otherTool.totalDue).toHaveText(totalDue);
  await expect(otherTool.totalPrincipal).toHaveText(zl('41 895,41'));
  await expect(otherTool.totalInterest).toHaveText(await tool.totalInterest.textContent());
  await expect(otherTool.totalCompensation).toHaveText(await tool.totalCompensation.textContent());
  await expect(other.getByTestId('creditor-name')).toHaveValue(CREDITOR.name);
  await expect(other.getByTestId('debtor-tax-id')).toHaveValue(DEBTOR.nip);
  const otherApp = new App(other);
  await otherApp.nav('limitation').click();
  await expect(other.getByTestId('deadline-end-0')).toHaveText('31.12.2027');
  await otherApp.nav('plan').click();
  await expect(other.getByTestId('plan-count')).toHaveValue('6');
  await expect(other.getByTestId('plan-table').locator('tbody tr')).toHaveCount(6);
  await otherApp.nav('letter').click();
  // The same account, shown grouped as the field shows it.
  await expect(other.getByTestId('letter-iban')).toHaveValue(IBAN);
  await expect(other.getByTestId('letter-date')).toHaveValue('2026-01-05');
  await elsewhere.close();
});
