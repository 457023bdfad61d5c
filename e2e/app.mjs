// Page object for the Overdue shell: what a person sees and does, by data-testid.
import { expect } from '@playwright/test';
import { InterestTool } from './pages/interest.mjs';

// Each tool's page object lives in pages/; re-exported here for the specs that import them so.
export { InterestTool } from './pages/interest.mjs';
export { LimitationTool } from './pages/limitation.mjs';
export { PlanTool } from './pages/plan.mjs';
export { DraftsBar } from './pages/drafts.mjs';

export const NBSP = '\u00a0';

export class App {
  constructor(page) {
    this.page = page;
    this.language = page.getByTestId('language');
    this.jurisdiction = page.getByTestId('jurisdiction');
    // The first invoice's amount: the field every calculation starts from.
    const interest = new InterestTool(page);
    this.principal = interest.claim(0, 'amount');
    this.principalError = interest.claimError(0, 'amount');
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
