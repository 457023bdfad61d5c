// A long portfolio: the overview draws its first 50 rows at once and the others on request, so
// opening it over hundreds of debtors stays quick; the totals and the count cover every row.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { OverviewPage } from './pages/overview.mjs';

test.use({ locale: 'pl-PL' });

const fixture = JSON.parse(readFileSync(new URL('../tests/fixtures/draft-v2.json', import.meta.url), 'utf8'));

test('55 debtors: 50 rows drawn, the other 5 on request, all counted', async ({ page }) => {
  await page.goto('./');
  await page.evaluate((fixture) => {
    for (let d = 0; d < 55; d++) {
      const draft = structuredClone(fixture);
      const id = `long-${d}`;
      draft.meta = { ...draft.meta, id, name: `Dłużnik ${d}`, debtor: `Dłużnik ${d}`, updated: 1764000000000 + d, rev: 1 };
      draft.form.case.debtor = { ...draft.form.case.debtor, name: `Dłużnik ${d}` };
      localStorage.setItem(`overdue.draft.${id}`, JSON.stringify(draft));
    }
  }, fixture);
  await page.reload();
  const overview = new OverviewPage(page);
  await overview.open();
  const rows = page.locator('[data-testid^=ov-row-]');
  await expect(overview.shown).toContainText('z 55');
  await expect(rows).toHaveCount(50);
  const more = page.getByTestId('ov-show-all');
  await expect(more).toHaveText('Pokaż pozostałe (5)');
  await more.click();
  await expect(rows).toHaveCount(55);
  await expect(more).toHaveCount(0);
});
