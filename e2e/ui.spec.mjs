// Issue #18 C14–C15, D16–D18: the creditor's profile, share links that carry the whole case,
// duplicate, focus after adding a row, the law choice for English visitors, phone layout.
import { test, expect } from '@playwright/test';
import { App, InterestTool, NBSP, PlanTool } from './app.mjs';

const IBAN = 'PL61 1090 1014 0000 0712 1981 2874';

async function fullCase(page, name) {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await page.getByTestId('draft-name').fill(name);
  await page.getByTestId('creditor-name').fill('Drukarnia Nowak sp. z o.o.');
  await page.getByTestId('creditor-address').fill('ul. Polna 1, 00-001 Warszawa');
  await page.getByTestId('debtor-name').fill('Hurtownia Kowalski');
  await tool.calcDate.fill('2025-12-31');
  await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-01-31', amount: '12 300,00' });
  await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });
  await app.nav('plan').click();
  await page.getByTestId('plan-count').fill('6');
  await app.nav('letter').click();
  await page.getByTestId('letter-iban').fill(IBAN);
  await page.getByTestId('letter-date').fill('2026-01-05');
  await page.getByTestId('letter-place').fill('Warszawa');
  await page.getByTestId('letter-signatory').fill('Anna Nowak');
  await app.nav('interest').click();
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  return { app, tool };
}

async function shareLink(page) {
  await page.getByTestId('drafts-toggle').click();
  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.getByTestId('drafts-toggle').click();
  return link;
}

async function expectWholeCase(page, name, total) {
  const app = new App(page);
  await expect(page.getByTestId('draft-name')).toHaveValue(name);
  await expect(page.getByTestId('total-due')).toHaveText(total);
  await expect(page.getByTestId('creditor-name')).toHaveValue('Drukarnia Nowak sp. z o.o.');
  await app.nav('plan').click();
  await expect(page.getByTestId('plan-count')).toHaveValue('6');
  await expect(page.getByTestId('plan-table').locator('tbody tr')).toHaveCount(6);
  await app.nav('letter').click();
  await expect(page.getByTestId('letter-iban')).toHaveValue(IBAN);
  await expect(page.getByTestId('letter-date')).toHaveValue('2026-01-05');
  await app.nav('interest').click();
}

test.describe('in Polish', () => {
  test.use({ locale: 'pl-PL' });

  test('a share link carries the name, the plan, the account and the letter date; it opens in a tab already open', async ({ page, browser }) => {
    const { tool } = await fullCase(page, 'Kowalski — faktury 2025');
    const total = await tool.totalDue.textContent();
    const link = await shareLink(page);

    // A fresh browser.
    const fresh = await browser.newContext({ locale: 'pl-PL' });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByTestId('notice')).toContainText('Otwarto udostępnioną sprawę');
    await expectWholeCase(other, 'Kowalski — faktury 2025', total);
    // Amounts in the reader's format: an English reader sees 12,300.00.
    const english = await browser.newContext({ locale: 'en-GB' });
    const en = await english.newPage();
    await en.goto(link);
    await expect(new InterestTool(en).claim(0, 'amount')).toHaveValue('12,300.00');
    await english.close();

    // The same tab, already open on another case: the link is opened through `hashchange`,
    // and the case that was open stays in the list.
    await other.getByTestId('drafts-toggle').click();
    await other.getByTestId('new-case').click();
    await other.getByTestId('draft-name').fill('Inna sprawa');
    await expect(other.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
    await other.evaluate((l) => { window.location.href = l; }, link);
    await expect(other.getByTestId('draft-name')).toHaveValue('Kowalski — faktury 2025');
    expect(other.url()).not.toContain('#case=');
    await expect(other.getByTestId('draft-row')).toHaveCount(3);
    await expect(other.getByTestId('drafts-panel')).toContainText('Inna sprawa');
    await fresh.close();
  });

  test('my details fill every new case; duplicate opens the copy and says so', async ({ page }) => {
    await fullCase(page, 'Oryginał');
    await expect(page.getByTestId('profile')).toContainText('Zapamiętaj');
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-status')).toContainText('Każda nowa sprawa zacznie się od tych danych');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('overdue.profile')));
    expect(stored).toMatchObject({ v: 1, iban: IBAN, place: 'Warszawa', signatory: 'Anna Nowak' });
    expect(stored.party.name).toBe('Drukarnia Nowak sp. z o.o.');

    await page.getByTestId('drafts-toggle').click();
    await page.getByTestId('new-case').click();
    await expect(page.getByTestId('creditor-name')).toHaveValue('Drukarnia Nowak sp. z o.o.');
    await expect(page.getByTestId('creditor-address')).toHaveValue('ul. Polna 1, 00-001 Warszawa');
    await expect(page.getByTestId('debtor-name')).toHaveValue('');
    await expect(page.getByTestId('profile')).toContainText('To są Twoje zapisane dane');
    await new App(page).nav('letter').click();
    await expect(page.getByTestId('letter-iban')).toHaveValue(IBAN);
    await expect(page.getByTestId('letter-place')).toHaveValue('Warszawa');
    await new App(page).nav('interest').click();

    // Duplicate: the copy is opened, the original stays as it was.
    const original = page.getByTestId('draft-row').filter({ hasText: 'Oryginał' });
    await original.getByTestId('draft-duplicate').click();
    await expect(page.getByTestId('draft-name')).toHaveValue('Oryginał (kopia)');
    await expect(page.getByTestId('notice')).toContainText('Otwarto kopię „Oryginał (kopia)”');
    await page.getByTestId('debtor-name').fill('Zmieniony dłużnik');
    await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
    await page.getByTestId('draft-row').filter({ hasText: 'Oryginał' }).filter({ hasNotText: 'kopia' }).getByTestId('draft-open').click();
    await expect(page.getByTestId('debtor-name')).toHaveValue('Hurtownia Kowalski');

    // Forgetting: new cases start empty again.
    await page.getByTestId('creditor-name').fill('Drukarnia Nowak sp. z o.o.');
    await page.getByTestId('profile-forget').click();
    await page.getByTestId('new-case').click();
    await expect(page.getByTestId('creditor-name')).toHaveValue('');
  });

  test('adding an invoice or a payment puts the cursor in the new row', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await page.getByTestId('add-claim').click();
    await expect(new InterestTool(page).claim(1, 'number')).toBeFocused();
    await page.keyboard.type('FV 2');
    await expect(new InterestTool(page).claim(1, 'number')).toHaveValue('FV 2');
    await page.getByTestId('add-payment').click();
    await expect(page.locator('.payment-row[data-testid^=payment-row]').first().locator('input').first()).toBeFocused();
  });

  test('the case bar is in a landmark and the tab bar shows its whole focus ring', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await expect(page.getByRole('region', { name: 'Sprawa' }).getByTestId('draft-name')).toBeVisible();
    await app.nav('plan').focus();
    const offset = await app.nav('plan').evaluate((b) => getComputedStyle(b).outlineOffset);
    expect(parseFloat(offset)).toBeLessThan(0);
    // Nobody asks a Polish visitor which law applies.
    await expect(page.getByTestId('law-choice')).toHaveCount(0);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('an English visitor is told which law applies and chooses it once', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const choice = page.getByTestId('law-choice');
    await expect(choice).toContainText("Which country's law applies?");
    await expect(choice).toContainText('Polish law');
    await expect(app.jurisdiction).toHaveValue('PL');
    await page.getByTestId('law-ro').click();
    await expect(app.jurisdiction).toHaveValue('RO');
    await expect(choice).toHaveCount(0);
    await page.reload();
    await expect(app.jurisdiction).toHaveValue('RO');
    await expect(page.getByTestId('law-choice')).toHaveCount(0);
  });
});

test.describe('at 360 px', () => {
  test.use({ locale: 'pl-PL', viewport: { width: 360, height: 800 } });

  test('tables are cards, the timeline fits, a total stays in view, nothing is off-screen', async ({ page }) => {
    const { app } = await fullCase(page, 'Telefon');
    const fits = async (locator) => {
      const box = await locator.boundingBox();
      expect(box, 'visible').not.toBeNull();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
    };
    const noSideScroll = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The first screen shows an input to type into.
    await page.evaluate(() => window.scrollTo(0, 0));
    const firstInput = page.locator('main input').first();
    const box = await firstInput.boundingBox();
    expect(box.y + box.height).toBeLessThan(800);

    // The breakdown: every period's interest is on screen, labelled.
    const interest = page.getByTestId('claim-interest-0');
    await interest.scrollIntoViewIfNeeded();
    await fits(interest);
    const cell = page.locator('.breakdown td.amount').first();
    await fits(cell);
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Odsetki');
    await noSideScroll();
    // A total stays visible while the form is being filled in.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByTestId('total-peek')).toBeInViewport();
    // The delete button sits in the card's top corner.
    const row = await page.locator('.claim-row[data-testid^=claim-row]').first().boundingBox();
    const remove = await page.locator('.claim-row[data-testid^=claim-row]').first().locator('button.remove').boundingBox();
    expect(remove.y - row.y).toBeLessThan(12);
    expect(row.x + row.width - (remove.x + remove.width)).toBeLessThan(12);
    // Date fields show the whole date, year included.
    const due = page.locator('.claim-row[data-testid^=claim-row]').first().locator('input[type=date]').last();
    expect(await due.evaluate((i) => i.scrollWidth <= i.clientWidth + 1)).toBe(true);

    await app.nav('plan').click();
    await fits(new PlanTool(page).instalment(1, 'remaining'));
    await noSideScroll();

    await app.nav('limitation').click();
    const svg = page.getByTestId('timeline');
    await fits(svg);
    await noSideScroll();

    await page.getByTestId('drafts-toggle').click();
    await fits(page.getByTestId('draft-delete').first());
    await noSideScroll();
  });
});

// Screens for the review (not assertions): 360 and 1280 px, in each language.
for (const [locale, lang] of [['pl-PL', 'pl'], ['ro-RO', 'ro'], ['en-GB', 'en']]) {
  for (const width of [360, 1280]) {
    test(`screens ${lang} ${width}`, async ({ browser }, info) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 800 } });
      const page = await context.newPage();
      const app = new App(page);
      await app.open();
      await page.screenshot({ path: info.outputPath(`first-${lang}-${width}.png`) });
      const tool = new InterestTool(page);
      await tool.calcDate.fill('2025-12-31');
      await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-01-31', amount: '12300' });
      await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4000' });
      await tool.addPayment({ date: '2025-05-15', amount: '5000' });
      await expect(tool.totalDue).not.toBeEmpty();
      await page.screenshot({ path: info.outputPath(`interest-${lang}-${width}.png`), fullPage: true });
      for (const slug of ['plan', 'limitation']) {
        await app.nav(slug).click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: info.outputPath(`${slug}-${lang}-${width}.png`), fullPage: true });
      }
      await app.nav('interest').click();
      await page.getByTestId('drafts-toggle').click();
      await page.screenshot({ path: info.outputPath(`drafts-${lang}-${width}.png`) });
      await context.close();
    });
  }
}
