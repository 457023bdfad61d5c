// Page object for the Overdue shell: what a person sees and does, by data-testid.
import { expect } from '@playwright/test';

export const NBSP = '\u00a0';

export class App {
  constructor(page) {
    this.page = page;
    this.language = page.getByTestId('language');
    this.jurisdiction = page.getByTestId('jurisdiction');
    // The first invoice's amount: the field every calculation starts from.
    this.principal = page.locator('.claim-row[data-testid^=claim-row]').first().locator('input').nth(3);
    this.principalError = page.locator('.claim-row[data-testid^=claim-row]').first().locator('.field').nth(3).locator('.error');
    this.totalPrincipal = page.getByTestId('total-principal');
  }

  async open(path = './') {
    await this.page.goto(path);
    await expect(this.page.locator('nav.tools')).toBeVisible();
    // The static first screen (release builds) is on the page before the app: wait until the
    // app has taken it over, so window.wasmBindings and every button are the app's.
    await expect(this.page.locator('[data-first-screen]')).toHaveCount(0);
  }

  nav(slug) {
    return this.page.getByTestId(`nav-${slug}`);
  }

  async typeAmount(text) {
    await this.principal.fill(text);
    await this.principal.blur();
  }
}

// The Interest tool, as a person uses it.
export class InterestTool {
  constructor(page) {
    this.page = page;
    this.calcDate = page.getByTestId('calc-date');
    this.totalDue = page.getByTestId('total-due');
    this.totalInterest = page.getByTestId('total-interest');
    this.totalPrincipal = page.getByTestId('total-principal');
    this.totalCompensation = page.getByTestId('total-compensation');
    this.warnings = page.getByTestId('warnings');
    this.leftOut = page.getByTestId('left-out');
    this.owesBack = page.getByTestId('total-owes-back');
  }

  // The EUR rate asked next to invoice i when no table has it.
  eurRate(i) {
    return this.claimRow(i).locator('input[data-testid$="-eur-rate"]');
  }

  paymentRow(i) {
    return this.page.locator('.payment-row[data-testid^=payment-row]').nth(i);
  }

  claimRow(i) {
    return this.page.locator('.claim-row[data-testid^=claim-row]').nth(i);
  }

  async fillClaim(i, { number = '', issue = '', due = '', amount = '' }) {
    while ((await this.page.locator('.claim-row[data-testid^=claim-row]').count()) <= i) {
      await this.page.getByTestId('add-claim').click();
    }
    const inputs = this.claimRow(i).locator('input');
    await inputs.nth(0).fill(number);
    if (issue) await inputs.nth(1).fill(issue);
    await inputs.nth(2).fill(due);
    await inputs.nth(3).fill(amount);
  }

  async addPayment({ date, amount, invoice }) {
    await this.page.getByTestId('add-payment').click();
    const row = this.page.locator('.payment-row[data-testid^=payment-row]').last();
    await row.locator('input').nth(0).fill(date);
    await row.locator('input').nth(1).fill(amount);
    if (invoice) await row.locator('select').selectOption(invoice);
  }
}

// The Limitation tool: one card per invoice with its deadline and what was invoiced.
export class LimitationTool {
  constructor(page) {
    this.page = page;
    this.kindForAll = page.getByTestId('pl-kind');
  }

  card(i) {
    return this.page.getByTestId(`deadline-${i}`);
  }

  end(i) {
    return this.page.getByTestId(`deadline-end-${i}`);
  }

  status(i) {
    return this.page.getByTestId(`deadline-status-${i}`);
  }

  chooseKindNote(i) {
    return this.page.getByTestId(`deadline-choose-${i}`);
  }

  // What invoice i (in the table's order) was for.
  kind(i) {
    return this.page.getByTestId('invoice-kinds').locator('select').nth(i);
  }
}
