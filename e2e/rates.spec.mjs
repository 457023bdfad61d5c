import { test, expect } from '@playwright/test';
import { App, InterestTool } from './app.mjs';

// Interest that runs past the day the bundled rates were last checked: the result says which
// official rate to check and where, and adds the rate period for the days after that date in
// one step. The dates come from the warning itself, so a run of scripts/update-rates does not
// break this test.
const dayAfter = (text) => {
  const [d, m, y] = text.split('.').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
};

test.describe('interest past the verified-through date', () => {
  test.use({ locale: 'pl-PL' });

  test('names the NBP reference rate and adds the period after it in one step', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2030-12-31');
    await tool.fillClaim(0, { number: 'FV 9/2026', due: '2026-01-31', amount: '1000' });

    const warning = page.getByTestId('past-verified');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('stopy referencyjnej NBP');
    await expect(warning.getByRole('link', { name: 'nbp.pl' })).toHaveAttribute('href', 'https://nbp.pl/');
    const verified = (await warning.textContent()).match(/sprawdzono do (\d\d\.\d\d\.\d{4})/)[1];
    const from = dayAfter(verified);

    const before = await tool.totalInterest.textContent();
    const add = page.getByTestId('add-rate-after-verified');
    await expect(add).toContainText('Dodaj okres stopy od');
    await add.click();

    await expect(page.getByTestId('settings')).toHaveAttribute('open', '');
    await expect(tool.lastRate('from')).toHaveValue(from);
    await expect(tool.lastRate('to')).toHaveValue('2030-12-31');
    const rate = tool.lastRate('percent');
    await expect(rate).toBeFocused();
    await page.keyboard.type('1');
    // 1 % a year instead of the table rate after that date: less interest, and the breakdown
    // says a typed rate is used.
    await expect(tool.warnings).toContainText('stopy wpisanej przez użytkownika');
    await expect(tool.totalInterest).not.toHaveText(before);
    expect(errors).toEqual([]);
  });
});

test.describe('Romanian case past the verified-through date', () => {
  test.use({ locale: 'ro-RO' });

  test('points to the BNR rate on bnr.ro', async ({ page }) => {
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2030-12-31');
    await tool.fillClaim(0, { number: 'F1', due: '2026-01-30', amount: '1000' });
    const warning = page.getByTestId('past-verified');
    await expect(warning).toContainText('rata dobânzii de politică monetară');
    await expect(warning.getByRole('link', { name: 'bnr.ro' })).toHaveAttribute('href', 'https://www.bnr.ro/');
    await expect(page.getByTestId('add-rate-after-verified')).toContainText('Adaugă o perioadă de la');
  });
});
