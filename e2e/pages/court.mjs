// Page object for the Court tool (Polish route): the e-Sąd sheet, the XML and the paper pozew,
// by data-testid.
import { expect } from '@playwright/test';

export class CourtTool {
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('tool-court');
    this.filing = page.getByTestId('court-filing');
    this.checks = page.getByTestId('court-checks');
    this.issues = page.getByTestId('court-issues');
    this.limitation = page.getByTestId('court-limitation');
    this.epuWindow = page.getByTestId('court-epu-window');
    this.sheet = page.getByTestId('epu-sheet');
    this.xmlConfirm = page.getByTestId('epu-xml-confirm');
    this.xmlGaps = page.getByTestId('epu-xml-gaps');
    this.xmlDownload = page.getByTestId('epu-xml-download');
    this.pozewFacts = page.getByTestId('pozew-facts');
    this.document = page.getByTestId('letter-doc');
  }

  async open() {
    await this.page.getByTestId('nav-court').click();
    await expect(this.root).toBeVisible();
  }

  async setFiling(date) {
    await this.filing.fill(date);
  }

  // One field of the sheet: "defendant-street", "claim-1-value", "fee", …
  field(key) {
    return this.page.getByTestId(`epu-${key}-value`);
  }

  copy(key) {
    return this.page.getByTestId(`epu-copy-${key}`);
  }

  async fillFiler({ first, last, pesel, basis = '' }) {
    await this.page.getByTestId('epu-filer-first').fill(first);
    await this.page.getByTestId('epu-filer-last').fill(last);
    await this.page.getByTestId('epu-filer-pesel').fill(pesel);
    if (basis) await this.page.getByTestId('epu-filer-basis').fill(basis);
  }

  async fillDefendantPerson(first, last) {
    await this.page.getByTestId('epu-defendant-first').fill(first);
    await this.page.getByTestId('epu-defendant-last').fill(last);
  }

  async paper() {
    await this.page.getByTestId('court-route-paper').check();
    await expect(this.page.getByTestId('pozew')).toBeVisible();
  }

  async epu() {
    await this.page.getByTestId('court-route-epu').check();
    await expect(this.sheet).toBeVisible();
  }

  button(name) {
    return this.page.getByTestId(`pozew-${name}`);
  }
}
