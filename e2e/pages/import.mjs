// Page object for the invoice import, by data-testid, and the files the tests import: ZIPs
// built here from the official samples kept beside the checkout (../shared/reference/formats;
// their licences do not allow copying them into the repository).
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const FORMATS = fileURLToPath(new URL('../../../shared/reference/formats/', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../tests/import/', import.meta.url));

export const sample = (rel) => readFileSync(FORMATS + rel);

/** A ZIP of stored (uncompressed) entries: [name, Buffer][]. */
export function storedZip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, 'utf8');
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    locals.push(local, n, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A KSeF export name: `{ksefNumber}.xml`. */
export const ksefName = (i, day = '20260215') => `9999999999-${day}-0A1B2C3D${String(i).padStart(4, '0')}-${String(i % 100).padStart(2, '0')}.xml`;

/** KSeF package: example 9 (2 760 zł due Sun 15.03.2026), its correction by −200 (example 3),
 * example 19 (no due date), 10 (advance paid in full), 23 (USD). */
export function ksefZip() {
  const files = [9, 3, 19, 10, 23].map((n, i) => [ksefName(i + 1), sample(`ksef/przyklady/FA3/FA_3_Przyklad_${n}.xml`)]);
  return storedZip(files);
}

/** `n` copies of example 9, each with its own number: a package of `n` open invoices. */
export function bigKsefZip(n) {
  const xml = sample('ksef/przyklady/FA3/FA_3_Przyklad_9.xml').toString('utf8');
  const files = [];
  for (let i = 1; i <= n; i++) {
    files.push([ksefName(i, '20260316'), Buffer.from(xml.replace('<P_2>FV2026/02/150</P_2>', `<P_2>FV2026/09/${i}</P_2>`), 'utf8')]);
  }
  return storedZip(files);
}

/** An ANAF download: the invoice and its signature twin (signature first, as ANAF may order). */
export function anafZip() {
  return storedZip([
    ['semnatura_5004552043.xml', sample('efactura/anaf-descarcare/semnatura_5004552043.xml')],
    ['5004552043.xml', sample('efactura/anaf-descarcare/5004552043.xml')],
  ]);
}

export const cp1250Csv = () => readFileSync(FIXTURES + 'lista_cp1250.csv');

export class ImportPage {
  constructor(page) {
    this.page = page;
    this.files = page.getByTestId('import-files');
    this.confirmButton = page.getByTestId('import-confirm');
    this.done = page.getByTestId('import-done');
    this.own = page.getByTestId('import-own');
    this.preview = page.getByTestId('import-preview');
    this.nothing = page.getByTestId('import-nothing');
  }

  async open() {
    await this.page.getByTestId('nav-import').click();
    await expect(this.page.getByTestId('tool-import')).toBeVisible();
  }

  /** [name, Buffer, mimeType][] through the file picker; `total` files are then listed. */
  async pick(files, total = files.length, timeout = 30_000) {
    await this.files.setInputFiles(files.map(([name, buffer, mimeType = 'application/octet-stream']) => ({ name, mimeType, buffer })));
    await expect(this.page.locator('section[data-testid^=import-file-]')).toHaveCount(total, { timeout });
    await expect(this.page.getByTestId('import-progress')).toHaveCount(0, { timeout });
  }

  /** Forgets the files picked (none are listed after coming back from another tool). */
  async clear() {
    const button = this.page.getByTestId('import-clear');
    if (await button.count()) await button.click();
    await expect(this.page.locator('section[data-testid^=import-file-]')).toHaveCount(0);
  }

  file(i) {
    return this.page.getByTestId(`import-file-${i}`);
  }

  problems(i) {
    return this.page.getByTestId(`import-problems-${i}`);
  }

  /** The row of the debtors table whose debtor is `name`. */
  group(name) {
    return this.page.locator('[data-testid^=import-group-]').filter({ has: this.page.locator('th', { hasText: name }) }).first();
  }

  groupTotal(name) {
    return this.group(name).locator('[data-testid^=import-group-total-]');
  }

  total(code) {
    return this.page.getByTestId(`import-total-${code}`);
  }

  /** The outcome text of the invoice numbered `number` (first match). */
  outcome(number) {
    return this.page.locator('[data-testid^=import-inv-]').filter({ has: this.page.locator('th', { hasText: number }) }).first().locator('[data-testid^=import-inv-outcome-]');
  }

  /** The due-date field asked for invoice `number`. */
  dueFor(number) {
    return this.page.locator('.import-choice').filter({ hasText: number }).locator('input[type=date][data-testid^=import-due-]');
  }

  async confirm() {
    await this.confirmButton.click();
    await expect(this.done).toBeVisible();
  }

  async undo() {
    await this.page.getByTestId('import-undo').click();
    await expect(this.page.getByTestId('import-message')).toBeVisible();
  }
}
