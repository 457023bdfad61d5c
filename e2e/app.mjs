// Page object for the Overdue shell: what a person sees and does, by data-testid.
import { expect } from '@playwright/test';

export const NBSP = '\u00a0';

export class App {
  constructor(page) {
    this.page = page;
    this.language = page.getByTestId('language');
    this.jurisdiction = page.getByTestId('jurisdiction');
    this.principal = page.getByTestId('principal');
    this.principalError = page.getByTestId('principal-error');
    this.principalFormatted = page.getByTestId('principal-formatted');
    this.principalWords = page.getByTestId('principal-words');
  }

  async open(path = './') {
    await this.page.goto(path);
    await expect(this.page.locator('nav.tools')).toBeVisible();
  }

  nav(slug) {
    return this.page.getByTestId(`nav-${slug}`);
  }

  async typeAmount(text) {
    await this.principal.fill(text);
    await this.principal.blur();
  }
}
