// The Interest tool, as a person uses it: invoices, payments, own rates and the results.
import { cell, cellError } from './cells.mjs';

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
    this.claimRows = page.locator('.claim-row[data-testid^=claim-row]');
    this.paymentRows = page.locator('.payment-row[data-testid^=payment-row]');
    this.rateRows = page.locator('.rate-row');
  }

  claimRow(i) {
    return this.claimRows.nth(i);
  }

  /** A field of invoice i: number, issue, due, amount or eur-rate. */
  claim(i, field) {
    return cell(this.claimRow(i), 'claim', field);
  }

  claimError(i, field) {
    return cellError(this.claimRow(i), 'claim', field);
  }

  // The EUR rate asked next to invoice i when no table has it.
  eurRate(i) {
    return this.claim(i, 'eur-rate');
  }

  paymentRow(i) {
    return this.paymentRows.nth(i);
  }

  /** A field of payment i: date, amount or claim (the invoice it pays). */
  payment(i, field) {
    return cell(this.paymentRow(i), 'payment', field);
  }

  /** A field of the own rate period i: from, to or percent. */
  rate(i, field) {
    return cell(this.rateRows.nth(i), 'rate', field);
  }

  lastRate(field) {
    return cell(this.rateRows.last(), 'rate', field);
  }

  async fillClaim(i, { number = '', issue = '', due = '', amount = '' }) {
    while ((await this.claimRows.count()) <= i) {
      await this.page.getByTestId('add-claim').click();
    }
    await this.claim(i, 'number').fill(number);
    if (issue) await this.claim(i, 'issue').fill(issue);
    await this.claim(i, 'due').fill(due);
    await this.claim(i, 'amount').fill(amount);
  }

  async addPayment({ date, amount, invoice }) {
    await this.page.getByTestId('add-payment').click();
    const i = (await this.paymentRows.count()) - 1;
    await this.payment(i, 'date').fill(date);
    await this.payment(i, 'amount').fill(amount);
    if (invoice) await this.payment(i, 'claim').selectOption(invoice);
  }

  async paste(text) {
    await this.page.locator('details.paste summary').click();
    await this.page.getByTestId('paste-rows').fill(text);
    await this.page.getByTestId('paste-add').click();
  }
}
