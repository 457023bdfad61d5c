import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { App, InterestTool, NBSP } from './app.mjs';

const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;

async function enterCase(page, name = 'Kowalski') {
  const app = new App(page);
  await app.open();
  const tool = new InterestTool(page);
  await page.getByTestId('draft-name').fill(name);
  await tool.calcDate.fill('2025-12-31');
  await tool.fillClaim(0, { number: 'FV 1/2025', due: '2025-01-31', amount: '12 300,00' });
  await tool.addPayment({ date: '2025-05-15', amount: '5 000,00' });
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  return { app, tool };
}

test.use({ locale: 'pl-PL' });

test('a case survives a reload exactly as typed', async ({ page }) => {
  const { tool } = await enterCase(page);
  const total = await tool.totalDue.textContent();
  // Reload at once, inside the save debounce: leaving the page saves.
  await tool.claimRow(0).locator('input').nth(0).fill('FV 1/2025 (korekta)');
  await page.reload();
  await expect(page.getByTestId('draft-name')).toHaveValue('Kowalski');
  await expect(tool.claimRow(0).locator('input').nth(0)).toHaveValue('FV 1/2025 (korekta)');
  await expect(tool.claimRow(0).locator('input').nth(3)).toHaveValue(`12${NBSP}300,00`);
  await expect(tool.totalDue).toHaveText(total);
});

test('a corrupted entry does not stop the app and the other drafts stay intact', async ({ page }) => {
  await enterCase(page, 'Pierwsza');
  await page.getByTestId('drafts-toggle').click();
  await page.getByTestId('new-case').click();
  await page.getByTestId('draft-name').fill('Druga');
  await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
  // Damage the first draft by hand.
  await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('overdue.draft.') && localStorage.getItem(k).includes('Pierwsza'));
    localStorage.setItem(key, '{"v":1,"meta":{"id":"x","name":"Pierwsza"');
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(page.getByTestId('draft-name')).toHaveValue('Druga');
  await page.getByTestId('drafts-toggle').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  await expect(page.getByTestId('draft-damaged')).toContainText('Uszkodzony wpis');
  const download = page.waitForEvent('download');
  await page.getByTestId('draft-damaged').locator('button').click();
  const raw = await readFile(await (await download).path(), 'utf8');
  expect(raw).toContain('"name":"Pierwsza"');
  expect(errors).toEqual([]);
});

test('importing a broken or foreign file changes nothing; a backup imports', async ({ page }, info) => {
  await enterCase(page);
  await page.getByTestId('drafts-toggle').click();
  const broken = info.outputPath('broken.json');
  await writeFile(broken, '{"kind": "overdue-backup", "drafts": [ {"draft": {"v": 1, "meta": ');
  await page.getByTestId('import-file').setInputFiles(broken);
  await expect(page.getByTestId('notice')).toContainText('To nie jest plik JSON. Nic nie zmieniono.');
  const foreign = info.outputPath('foreign.json');
  await writeFile(foreign, '{"invoices": []}');
  await page.getByTestId('import-file').setInputFiles(foreign);
  await expect(page.getByTestId('notice')).toContainText('To nie jest kopia zapasowa ani sprawa Overdue');
  await expect(page.getByTestId('draft-row')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByTestId('backup-all').click();
  const backup = await (await download).path();
  await page.getByTestId('import-file').setInputFiles(backup);
  await expect(page.getByTestId('import-conflict')).toContainText('już istnieje');
  await page.getByTestId('keep-both').click();
  await expect(page.getByTestId('draft-row')).toHaveCount(2);
  // The documented case JSON imports too, as a new draft.
  await page.getByTestId('import-file').setInputFiles(new URL('../docs/case.example.json', import.meta.url).pathname);
  await expect(page.getByTestId('draft-row')).toHaveCount(3);
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
  await tool.claimRow(1).locator('input').nth(0).fill('FV 2/2025 ' + 'y'.repeat(20000));
  await expect(page.getByTestId('save-status')).toContainText('Pamięć przeglądarki jest pełna');
  await expect(tool.claimRow(1).locator('input').nth(3)).toHaveValue(`4${NBSP}000,00`);
  await page.getByTestId('drafts-toggle').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('backup-one').click();
  const backup = await readFile(await (await download).path(), 'utf8');
  expect(backup).toContain('FV 2/2025');
  expect(backup).toContain(`"amount":"4${NBSP}000,00"`);
});

test('two tabs of the same site see each other\'s list changes', async ({ context }) => {
  const a = await context.newPage();
  await enterCase(a, 'Z karty A');
  const b = await context.newPage();
  await new App(b).open();
  await b.getByTestId('drafts-toggle').click();
  await expect(b.getByTestId('draft-row')).toHaveCount(1);
  await a.getByTestId('drafts-toggle').click();
  await a.getByTestId('new-case').click();
  await a.getByTestId('draft-name').fill('Druga z karty A');
  await expect(b.getByTestId('draft-row')).toHaveCount(2);
  await expect(b.getByTestId('drafts-panel')).toContainText('Druga z karty A');
});

test('a share link opens the same case in a fresh browser profile', async ({ page, browser }) => {
  const { tool } = await enterCase(page);
  const total = await tool.totalDue.textContent();
  await page.getByTestId('drafts-toggle').click();
  await page.getByTestId('share').click();
  await expect(page.getByTestId('drafts-panel')).toContainText('Link zawiera dane sprawy');
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toContain('#case=');
  const fresh = await browser.newContext({ locale: 'pl-PL' });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByTestId('notice')).toContainText('Otwarto udostępnioną sprawę');
  await expect(other.getByTestId('total-due')).toHaveText(total);
  expect(other.url()).not.toContain('#case=');
  await fresh.close();
});

test('delete with undo, and delete all my data', async ({ page }) => {
  await enterCase(page, 'Do usunięcia');
  await page.getByTestId('drafts-toggle').click();
  await page.getByTestId('draft-delete').click();
  await expect(page.getByTestId('notice')).toContainText('Usunięto „Do usunięcia”');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('draft-name')).toHaveValue('Do usunięcia');
  await expect(page.getByTestId('draft-row')).toHaveCount(1);
  page.on('dialog', (d) => d.accept());
  await page.getByTestId('delete-all').click();
  await expect(page.getByTestId('notice')).toContainText('Usunięto wszystkie dane');
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
    await expect(page.getByTestId('save-status')).toContainText('nie pozwala zapisywać');
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
  await expect(b.getByTestId('draft-name')).toHaveValue('Wspólna');
  // Tab A edits and saves first; tab B, still on the older version, edits too.
  await a.getByTestId('draft-name').fill('Wspólna A');
  await expect(a.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
  await b.getByTestId('draft-name').fill('Wspólna B');
  await expect(b.getByTestId('notice')).toContainText('Zachowano wersję z tej karty');
  await expect(b.getByTestId('notice')).toContainText('Wspólna A (z innej karty)');
  await b.getByTestId('drafts-toggle').click();
  await expect(b.getByTestId('drafts-panel')).toContainText('Wspólna B');
  await expect(b.getByTestId('drafts-panel')).toContainText('Wspólna A (z innej karty)');
});
