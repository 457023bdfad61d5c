import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { App, DraftsBar, InterestTool, NBSP } from './app.mjs';

// The drafts bar of a page (page objects in pages/).
const bar = (page) => new DraftsBar(page);
const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;

async function enterCase(page, name = 'Kowalski') {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await bar(page).name.fill(name);
  await tool.calcDate.fill('2025-12-31');
  await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-01-31', amount: '12 300,00' });
  await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });
  await expect(bar(page).saveStatus).toHaveText('Zapisano w tej przeglądarce');
  return { app, tool };
}

test.use({ locale: 'pl-PL' });

test('a case survives a reload exactly as typed', async ({ page }) => {
  const { tool } = await enterCase(page);
  const total = await tool.totalDue.textContent();
  // Reload at once, inside the save debounce: leaving the page saves.
  await tool.claim(0, 'number').fill('FV 1/2025 (korekta)');
  await page.reload();
  await expect(bar(page).name).toHaveValue('Kowalski');
  await expect(tool.claim(0, 'number')).toHaveValue('FV 1/2025 (korekta)');
  await expect(tool.claim(0, 'amount')).toHaveValue(`12${NBSP}300,00`);
  await expect(tool.totalDue).toHaveText(total);
});

test('a corrupted entry does not stop the app and the other drafts stay intact', async ({ page }) => {
  await enterCase(page, 'Pierwsza');
  await bar(page).toggle.click();
  await bar(page).newCase.click();
  await bar(page).name.fill('Druga');
  await expect(bar(page).saveStatus).toHaveText('Zapisano w tej przeglądarce');
  await expect(bar(page).rows).toHaveCount(2);
  // Damage the first draft by hand.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('overdue.draft.') && localStorage.getItem(k).includes('Pierwsza'));
    localStorage.setItem(key, '{"v":1,"meta":{"id":"x","name":"Pierwsza"');
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(bar(page).name).toHaveValue('Druga');
  await bar(page).toggle.click();
  await expect(bar(page).rows).toHaveCount(1);
  await expect(bar(page).damaged).toContainText('Uszkodzony wpis');
  const download = page.waitForEvent('download');
  await bar(page).damaged.locator('button').click();
  const raw = await readFile(await (await download).path(), 'utf8');
  expect(raw).toContain('"name":"Pierwsza"');
  expect(errors).toEqual([]);
});

test('importing a broken or foreign file changes nothing; a backup imports', async ({ page }, info) => {
  await enterCase(page);
  await bar(page).toggle.click();
  const broken = info.outputPath('broken.json');
  await writeFile(broken, '{"kind": "overdue-backup", "drafts": [ {"draft": {"v": 1, "meta": ');
  await bar(page).importFile.setInputFiles(broken);
  await expect(bar(page).notice).toContainText('To nie jest plik JSON. Nic nie zmieniono.');
  const foreign = info.outputPath('foreign.json');
  await writeFile(foreign, '{"invoices": []}');
  await bar(page).importFile.setInputFiles(foreign);
  await expect(bar(page).notice).toContainText('To nie jest kopia zapasowa ani sprawa Overdue');
  await expect(bar(page).rows).toHaveCount(1);

  const download = page.waitForEvent('download');
  await bar(page).backupAll.click();
  const backup = await (await download).path();
  await bar(page).importFile.setInputFiles(backup);
  await expect(bar(page).importConflict).toContainText('już istnieje');
  await bar(page).keepBoth.click();
  await expect(bar(page).rows).toHaveCount(2);
  // The documented case JSON imports too, as a new draft.
  await bar(page).importFile.setInputFiles(new URL('../docs/case.example.json', import.meta.url).pathname);
  await expect(bar(page).rows).toHaveCount(3);
  await expect(page.getByTestId('total-due')).toHaveText(zl('14 788,37'));
});

test('when storage is full the person is warned and nothing typed is lost', async ({ page }) => {
  const { tool } = await enterCase(page);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(1 << 20);
    try { for (let i = 0; i < 64; i++) localStorage.setItem(`filler-${i}`, chunk); } catch (e) { /* full */ }
    try { for (let i = 0; i < 4096; i++) localStorage.setItem(`small-${i}`, 'x'.repeat(1024)); } catch (e) { /* full */ }
  });
  await tool.fillClaim(1, { number: 'FV 2/2025', due: '2025-03-31', amount: '4 000,00' });
  await tool.claim(1, 'number').fill('FV 2/2025 ' + 'y'.repeat(20000));
  await expect(bar(page).saveStatus).toContainText('Pamięć przeglądarki jest pełna');
  await expect(tool.claim(1, 'amount')).toHaveValue(`4${NBSP}000,00`);
  await bar(page).toggle.click();
  const download = page.waitForEvent('download');
  await bar(page).backupOne.click();
  const backup = await readFile(await (await download).path(), 'utf8');
  expect(backup).toContain('FV 2/2025');
  expect(backup).toContain(`"amount":"4${NBSP}000,00"`);
});

test('two tabs of the same site see each other\'s list changes', async ({ context }) => {
  const a = await context.newPage();
  await enterCase(a, 'Z karty A');
  const b = await context.newPage();
  await new App(b).open();
  await bar(b).toggle.click();
  await expect(bar(b).rows).toHaveCount(1);
  await bar(a).toggle.click();
  await bar(a).newCase.click();
  await bar(a).name.fill('Druga z karty A');
  await expect(bar(b).rows).toHaveCount(2);
  await expect(bar(b).panel).toContainText('Druga z karty A');
});

test('a share link opens the same case in a fresh browser profile', async ({ page, browser }) => {
  const { tool } = await enterCase(page);
  const total = await tool.totalDue.textContent();
  await bar(page).toggle.click();
  await bar(page).share.click();
  await expect(bar(page).panel).toContainText('Link zawiera dane sprawy');
  const link = await bar(page).shareLink.inputValue();
  expect(link).toContain('#case=');
  const fresh = await browser.newContext({ locale: 'pl-PL' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(bar(other).notice).toContainText('Otwarto udostępnioną sprawę');
  await expect(other.getByTestId('total-due')).toHaveText(total);
  expect(other.url()).not.toContain('#case=');
  await fresh.close();
});

test('delete with undo, and delete all my data', async ({ page }) => {
  await enterCase(page, 'Do usunięcia');
  await bar(page).toggle.click();
  await bar(page).deleteOne.click();
  await expect(bar(page).notice).toContainText('Usunięto „Do usunięcia”');
  await bar(page).undo.click();
  await expect(bar(page).name).toHaveValue('Do usunięcia');
  await expect(bar(page).rows).toHaveCount(1);
  page.on('dialog', (d) => d.accept());
  await bar(page).deleteAll.click();
  await expect(bar(page).notice).toContainText('Usunięto wszystkie dane');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('overdue.')));
  expect(keys).toEqual([]);
});

test.describe('storage unavailable (private mode, sandboxed frame)', () => {
  test('the app works and says drafts cannot be saved', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new App(page);
    await app.open();
    await expect(bar(page).saveStatus).toContainText('nie pozwala zapisywać');
    const tool = new InterestTool(page);
    await tool.calcDate.fill('2021-01-10');
    await page.getByTestId('regime-statutory').check();
    await tool.fillClaim(0, { number: 'B', due: '2015-12-31', amount: '10000' });
    await expect(tool.totalInterest).toHaveText(zl('3 419,23'));
    expect(errors).toEqual([]);
  });
});

test('editing the same draft in two tabs keeps both versions and says which was kept', async ({ context }) => {
  const a = await context.newPage();
  await enterCase(a, 'Wspólna');
  const b = await context.newPage();
  await new App(b).open();
  await expect(bar(b).name).toHaveValue('Wspólna');
  // Tab A edits and saves first; tab B, still on the older version, edits too.
  await bar(a).name.fill('Wspólna A');
  await expect(bar(a).saveStatus).toHaveText('Zapisano w tej przeglądarce');
  await bar(b).name.fill('Wspólna B');
  await expect(bar(b).notice).toContainText('Zachowano wersję z tej karty');
  await expect(bar(b).notice).toContainText('Wspólna A (z innej karty)');
  await bar(b).toggle.click();
  await expect(bar(b).panel).toContainText('Wspólna B');
  await expect(bar(b).panel).toContainText('Wspólna A (z innej karty)');
});
