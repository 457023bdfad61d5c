import { test, expect } from '@playwright/test';
import { App, InterestTool, NBSP } from './app.mjs';

test('switch language and jurisdiction, type a Polish amount, reload and keep the language', async ({ page }) => {
  const app = new App(page);
  await app.open();

  await app.language.selectOption('pl');
  await expect(app.nav('interest')).toHaveText('Odsetki');
  await expect(page).toHaveTitle(/kalkulator odsetek/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /odsetki ustawowe/);

  await app.jurisdiction.selectOption('RO');
  await expect(app.jurisdiction).toHaveValue('RO');
  await app.jurisdiction.selectOption('PL');

  await new InterestTool(page).claim(0, 'due').fill('2025-01-31');
  await app.typeAmount('12345,67');
  await expect(app.principal).toHaveValue(`12${NBSP}345,67`);
  await expect(app.totalPrincipal).toHaveText(`12${NBSP}345,67${NBSP}zł`);

  await app.typeAmount('1.234.567');
  await expect(app.principal).toHaveValue(`1${NBSP}234${NBSP}567,00`);

  await page.reload();
  await expect(app.nav('interest')).toHaveText('Odsetki');
  await expect(page.getByTestId('regime-commercial')).toBeVisible();
  await expect(app.language).toHaveValue('pl');
  await expect(app.jurisdiction).toHaveValue('PL');
});

test('bad amounts are explained in the person\'s language and nothing breaks', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new App(page);
  await app.open();
  await app.language.selectOption('pl');
  for (const [input, message] of [
    ['abc', 'To nie jest kwota'],
    ['-5', 'nie może być ujemna'],
    ['1,234', 'dwa miejsca po przecinku'],
    ['9999999999999', 'zbyt duża'],
  ]) {
    await app.typeAmount(input);
    await expect(app.principalError).toContainText(message);
    await expect(app.principal).toHaveAttribute('aria-invalid', 'true');
  }
  await app.language.selectOption('ro');
  await expect(app.principalError).toContainText('prea mare');
  await new InterestTool(page).claim(0, 'due').fill('2025-01-31');
  await app.typeAmount('1.234,56');
  await expect(app.principalError).toBeEmpty();
  await expect(app.totalPrincipal).toHaveText(`1.234,56${NBSP}lei`);
  expect(errors).toEqual([]);
});

test.describe('first visit follows the browser language', () => {
  test.use({ locale: 'ro-RO' });
  test('Romanian browser gets the Romanian UI and Romanian law', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await expect(app.language).toHaveValue('ro');
    await expect(app.jurisdiction).toHaveValue('RO');
    await expect(app.nav('limitation')).toHaveText('Prescripție');
  });
});

test('every tool is reachable from the navigation and from its address', async ({ page }) => {
  const app = new App(page);
  await app.open();
  for (const slug of ['plan', 'limitation', 'letter', 'method', 'interest']) {
    await app.nav(slug).click();
    await expect(page.getByTestId(`tool-${slug}`)).toBeVisible();
    await expect(app.nav(slug)).toHaveAttribute('aria-current', 'page');
    await expect(page).toHaveURL(new RegExp(`tool=${slug}`));
  }
  await app.open('./?tool=method');
  await expect(page.getByTestId('tool-method')).toContainText('not legal advice');
  // The date moves with every run of scripts/update-rates; the shape is what is checked here.
  await expect(page.getByTestId('verified-through')).toHaveText(/\d{1,2} [A-Z][a-z]{2} 20\d\d/);
  await page.locator('details.rate-table summary').first().click();
  await expect(page.locator('details.rate-table').first()).toContainText('art. 481 par.2 KC');
});

test.describe('tools outside the first load', () => {
  test.use({ locale: 'en-GB', serviceWorkers: 'block' });
  test('are fetched when opened; a failed fetch says so, keeps the case and can be retried', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.route('**/split_rest.wasm', (route) => route.abort());
    const app = new App(page);
    await app.open();
    await expect(page.getByTestId('tool-interest')).toBeVisible();
    // Everything beyond the first screen is one file, fetched once the page is idle.
    expect(fetched.filter((p) => p.endsWith('.wasm'))).toEqual([expect.stringMatching(/\/overdue-[0-9a-f]+_bg\.wasm$/)]);
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'INV-1', due: '2025-03-15', amount: '1,000.00' });

    await app.nav('plan').click();
    const failed = page.locator('main').getByTestId('load-failed');
    await expect(failed).toContainText('could not be loaded');
    await expect(page.getByTestId('tool-plan')).toHaveCount(0);

    await page.unroute('**/split_rest.wasm');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('tool-plan')).toBeVisible();
    await expect(failed).toHaveCount(0);
    await app.nav('interest').click();
    await expect(tool.claimRow(0).locator('input').first()).toHaveValue('INV-1');
  });

  test('if the rest cannot be fetched, results and drafts say so, and nothing typed is lost', async ({ page }) => {
    await page.route('**/split_rest.wasm', (route) => route.abort());
    const app = new App(page);
    await app.open();
    const tool = new InterestTool(page);
    await tool.fillClaim(0, { number: 'INV-2', due: '2025-03-15', amount: '1,000.00' });
    const results = page.locator('main').getByTestId('load-failed');
    const drafts = page.locator('.drafts-wrap').getByTestId('load-failed');
    await expect(results).toContainText('could not be loaded');
    await expect(drafts).toContainText('could not be loaded');
    await expect(tool.totalDue).toHaveCount(0);
    await page.unroute('**/split_rest.wasm');

    await results.getByRole('button', { name: 'Try again' }).click();
    await expect(tool.totalPrincipal).toContainText('1,000.00');
    await expect(results).toHaveCount(0);
    await drafts.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Saved in this browser');
    await page.reload();
    await expect(tool.claimRow(0).locator('input').first()).toHaveValue('INV-2');
  });
});

test('keyboard only: skip link, navigation and fields are reachable and labelled', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  // Every form control has an accessible name.
  const unlabelled = await page.locator('input, select, textarea').evaluateAll((els) =>
    els.filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map((el) => el.outerHTML));
  expect(unlabelled).toEqual([]);
  await app.nav('method').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tool-method')).toBeVisible();
});

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('nothing overflows sideways at 360 px', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await app.typeAmount('999 999 999 999,99');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
