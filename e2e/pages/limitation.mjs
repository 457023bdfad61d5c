// The Limitation tool: one card per invoice with its deadline and what was invoiced, and the
// events that interrupt or suspend.
import { cell } from './cells.mjs';

export class LimitationTool {
  constructor(page) {
    this.page = page;
    this.kindForAll = page.getByTestId('pl-kind');
    this.eventRows = page.locator('.event-row[data-testid^=event-row]');
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
    return this.page.getByTestId('invoice-kinds').getByTestId(/^claim-\d+-kind$/).nth(i);
  }

  /** A field of event i: kind, date, end or claim (the invoice it concerns). */
  event(i, field) {
    return cell(this.eventRows.nth(i), 'event', field);
  }

  async addEvent() {
    await this.page.getByTestId('add-event').click();
    return (await this.eventRows.count()) - 1;
  }
}
