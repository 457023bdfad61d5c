// The Instalment plan tool: the schedule and the agreement with the invoices it acknowledges.

export class PlanTool {
  constructor(page) {
    this.page = page;
    this.count = page.getByTestId('plan-count');
    this.table = page.getByTestId('plan-table');
    this.instalments = this.table.locator('tbody tr');
    this.agreement = page.getByTestId('agreement');
    // The agreement's first table: one row per invoice the debtor acknowledges, in order.
    this.acknowledged = this.agreement.locator('table').first().locator('tbody tr');
  }

  /** A cell of instalment n (1-based, as numbered): no, due, instalment, principal, interest,
   * remaining or status. */
  instalment(n, column) {
    return this.page.getByTestId(`plan-${n}-${column}`);
  }

  acknowledgedInvoice(i) {
    return this.acknowledged.nth(i);
  }
}
