// The static first screen (scripts/first-screen.mjs, assets/first-screen.js,
// src/app/first_screen.rs): painted before the wasm arrives, labelled, and taken over by the app
// without losing what was typed.
import { test, expect } from '@playwright/test';
import { App, InterestTool, NBSP } from './app.mjs';

const MAIN_WASM = /\/overdue-[0-9a-f]+_bg\.wasm$/;

// Holds the main wasm back until `release()` is called.
async function holdWasm(page) {
  let release;
  const released = new Promise((ok) => { release = ok; });
  await page.route(MAIN_WASM, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('static first screen', () => {
  test.use({ locale: 'pl-PL', serviceWorkers: 'block' });

  test('is shown and labelled before the wasm arrives; what is typed survives the takeover', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const release = await holdWasm(page);
    await page.goto('./');

    const statics = page.locator('[data-first-screen]');
    await expect(statics.first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByTestId('nav-interest')).toHaveText('Odsetki');
    await expect(page.getByTestId('tool-interest')).toBeVisible();
    // Every field of the static screen has a label, as in the app.
    const fields = page.locator('[data-first-screen] input');
    expect(await fields.count()).toBeGreaterThan(3);
    for (const id of await fields.evaluateAll((all) => all.map((f) => f.id))) {
      expect(id).not.toBe('');
      await expect(page.locator(`[data-first-screen] label[for="${id}"]`)).toHaveCount(1);
    }
    // Today's date, not the build's.
    const today = await page.evaluate(() => {
      const d = new Date();
      const p = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    });
    await expect(page.getByTestId('calc-date')).toHaveValue(today);

    // Typed before the app exists; the focus stays in the field being typed in.
    const tool = new InterestTool(page);
    const row = tool.claimRow(0).locator('input');
    await row.nth(0).fill('FV 1/2025');
    await row.nth(2).fill('2025-01-31');
    await row.nth(3).click();
    await page.keyboard.type('1234,5');
    const box = await page.getByTestId('tool-interest').boundingBox();

    release();
    await expect(statics).toHaveCount(0);
    await expect(row.nth(0)).toHaveValue('FV 1/2025');
    await expect(row.nth(2)).toHaveValue('2025-01-31');
    await expect(row.nth(3)).toHaveValue('1234,5');
    await expect(row.nth(3)).toBeFocused();
    // Nothing moved.
    expect(await page.getByTestId('tool-interest').boundingBox()).toEqual(box);

    // The app works as before: leaving the field formats it and the results follow.
    await page.keyboard.type('6');
    await row.nth(3).blur();
    await expect(row.nth(3)).toHaveValue(`1${NBSP}234,56`);
    // Another tool fetches the rest of the app at once (with the engine); back in Interest the
    // results follow what was typed before the takeover.
    await new App(page).nav('limitation').click();
    await expect(page.getByTestId('tool-limitation')).toBeVisible();
    await new App(page).nav('interest').click();
    await expect(tool.totalPrincipal).toHaveText(`1${NBSP}234,56${NBSP}zł`);
    await expect(tool.claimRow(0).locator('input').first()).toHaveValue('FV 1/2025');
    expect(errors).toEqual([]);
  });

  test('buttons wait for the app instead of doing nothing', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('./');
    await expect(page.locator('[data-first-screen]').first()).toBeVisible();
    await expect(page.getByTestId('nav-plan')).toHaveAttribute('aria-disabled', 'true');
    const click = page.getByTestId('nav-plan').click();
    release();
    await click;
    await expect(page.getByTestId('tool-plan')).toBeVisible();
  });

  test('is not shown when the app would restore a draft', async ({ page }) => {
    const app = new App(page);
    await app.open();
    await new InterestTool(page).fillClaim(0, { number: 'FV 7', due: '2025-03-15', amount: '100' });
    await expect(page.getByTestId('save-status')).toHaveText(/Zapisano/);
    const release = await holdWasm(page);
    await page.reload();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    release();
    await expect(new InterestTool(page).claimRow(0).locator('input').first()).toHaveValue('FV 7');
  });
});
