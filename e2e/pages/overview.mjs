// Page objects for the Receivables overview and the contact log, by data-testid.
import { expect } from '@playwright/test';

export class OverviewPage {
  constructor(page) {
    this.page = page;
    this.asAt = page.getByTestId('ov-as-at');
    this.shown = page.getByTestId('ov-shown');
    this.storage = page.getByTestId('ov-storage-used');
  }

  async open() {
    await this.page.getByTestId('nav-overview').click();
    await expect(this.page.getByTestId('tool-overview')).toBeVisible();
  }

  async setAsAt(date) {
    await this.asAt.fill(date);
  }

  /** The display index of the row whose debtor cell contains `name`. */
  async rowOf(name) {
    const cells = this.page.locator('[data-testid^=ov-debtor-]');
    await expect(cells.filter({ hasText: name })).toHaveCount(1);
    const n = await cells.count();
    for (let k = 0; k < n; k++) {
      if ((await cells.nth(k).textContent()).includes(name)) return k;
    }
    throw new Error(`no row for ${name}`);
  }

  cell(column, k) {
    return this.page.getByTestId(`ov-${column}-${k}`);
  }

  bucket(b, k) {
    return this.page.getByTestId(`ov-bucket-${b}-${k}`);
  }

  total(what, currency) {
    return this.page.getByTestId(`ov-total-${what}-${currency}`);
  }

  totalBucket(currency, b) {
    return this.page.getByTestId(`ov-total-bucket-${currency}-${b}`);
  }

  async download(testId) {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(testId).click();
    return download.then((d) => d.path());
  }
}

export class ContactsPage {
  constructor(page) {
    this.page = page;
    this.annexRows = page.locator('[data-testid^=annex-row-]');
  }

  async open() {
    await this.page.getByTestId('nav-contacts').click();
    await expect(this.page.getByTestId('tool-contacts')).toBeVisible();
  }

  /** The case's timeline as [date, text] pairs, in the order shown. */
  async timeline() {
    const items = this.page.locator('[data-testid=case-timeline] > li');
    await expect(items.first()).toBeVisible();
    const n = await items.count();
    const out = [];
    for (let k = 0; k < n; k++) {
      out.push([await this.page.getByTestId(`tl-date-${k}`).textContent(), await this.page.getByTestId(`tl-text-${k}`).textContent()]);
    }
    return out;
  }

  /** The customary timing field (`reminder-before`, `overdue-reminder`, `demand`, `after-deadline`, `somatie`). */
  timing(code) {
    return this.page.getByTestId(`timing-${code}`);
  }

  async openTimings() {
    const box = this.page.getByTestId('timings');
    if (!(await box.evaluate((d) => d.open))) await box.locator('summary').click();
  }

  /** Adds an entry and fills the given fields; returns its fieldset. */
  async add({ date, time, channel, direction, summary, promiseDate, promiseAmount }) {
    await this.page.getByTestId('contact-add').click();
    const entry = this.page.locator('fieldset.contact-entry').last();
    const field = (name) => entry.locator(`[data-testid$=-${name}]`).first();
    if (date) await field('date').fill(date);
    if (time) await field('time').fill(time);
    if (channel !== undefined) await field('channel').selectOption(String(channel));
    if (direction !== undefined) await field('direction').selectOption(String(direction));
    if (summary) await field('summary').fill(summary);
    if (promiseDate) await field('promise-date').fill(promiseDate);
    if (promiseAmount) await field('promise-amount').fill(promiseAmount);
    return entry;
  }
}

/** RFC 5545 lines unfolded, then the events with their properties. */
export function readIcs(text) {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events = [];
  let cur = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') cur = { alarms: 0 };
    else if (line === 'END:VEVENT') { events.push(cur); cur = null; }
    else if (cur && line === 'BEGIN:VALARM') cur.alarms += 1;
    else if (cur) {
      const i = line.indexOf(':');
      const key = line.slice(0, i).split(';')[0];
      if (!(key in cur)) cur[key] = line.slice(i + 1).replace(/\\([,;\\])/g, '$1').replace(/\\n/g, '\n');
    }
  }
  return { lines, events };
}
