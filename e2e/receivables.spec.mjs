// Issue 15, what e2e/overview.spec.mjs does not cover: the case's timeline in the Contacts tool,
// the customary timings (practice, not law) moving the next step, the calendar exported twice
// around a moved step and read back (same UIDs, the event moved), the Romanian somație's wait,
// phone width and all three languages. The browser's clock is fixed, so every date is by hand.
import { test, expect } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { App, NBSP } from './app.mjs';
import { OverviewPage, ContactsPage, readIcs } from './pages/overview.mjs';

const zl = (s) => s.replaceAll(' ', NBSP) + `${NBSP}zł`;

function caseJson(over) {
  return JSON.stringify({
    schema: 2,
    creditor: { name: 'Drukarnia Nowak sp. z o.o.', address: 'ul. Polna 1, 00-001 Warszawa', tax_id: '5260250274', kind: 'business' },
    payments: [],
    interest: {
      kind: 'commercial', day_count: 'act365', allocation: 'statutory', shift_due_dates: true,
      ro_non_enterprise: false, ro_semester_rate: false, pl_pre_2020_transaction: false,
      compensation: false, user_rates: [],
    },
    ...over,
  });
}

async function importCase(page, info, name, json) {
  await page.getByTestId('drafts-toggle').click();
  const file = info.outputPath(`${name}.case.json`);
  await writeFile(file, json);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('save-status')).toHaveText(/./);
  await page.getByTestId('drafts-toggle').click();
}

// Wed 8.04.2026. D = Mon 16.03.2026, issued 14.02.2026, services of a business (3 years to the
// end of the year, art. 118 KC). Reminder e-mailed 23.03; demand by registered letter 30.03,
// delivered 2.04, 7 days to pay -> 9.04; the claim by default 2 days later (11.04), with the
// timing set to 5 days on 14.04. 300 zł paid 5.04. EPU window 15.03.2029 (D + 3 years − 1
// day); limitation 31.12.2029; VAT relief from D + 90 = 14.06.2026 until 31.12.2029.
const HURTOWNIA = caseJson({
  jurisdiction: 'PL',
  currency: 'PLN',
  debtor: { name: 'Hurtownia Kowalski', address: 'ul. Leśna 2, 30-001 Kraków', tax_id: '1111111111', kind: 'business' },
  claims: [{ number: 'FV 1/2026', issue_date: '2026-02-14', due_date: '2026-03-16', amount: '1000.00', currency: 'PLN', pl_kind: 'business' }],
  payments: [{ date: '2026-04-05', amount: '300.00' }],
  calculation_date: '2026-04-08',
  contacts: [
    { date: '2026-03-23', channel: 'email', direction: 'outgoing', summary: 'Przypomnienie', document: 'reminder' },
    { date: '2026-03-30', channel: 'registered_letter', direction: 'outgoing', document: 'demand', delivered: '2026-04-02' },
  ],
});

test.describe('a Polish case on 8.04.2026', () => {
  test.use({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });

  test('timeline, timings, the calendar around a moved step, phone, languages', async ({ page }, info) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.setFixedTime(new Date('2026-04-08T12:00:00+02:00'));
    const app = new App(page);
    await app.open();
    await importCase(page, info, 'hurtownia', HURTOWNIA);
    const contacts = new ContactsPage(page);
    await contacts.open();
    await expect(page.getByTestId('contacts-next')).toContainText('Pozew lub EPU: 11.04.2026');

    // The timeline: what happened, today, what is planned, in date order.
    expect(await contacts.timeline()).toEqual([
      ['16.03.2026', `Termin płatności: FV 1/2026 (${zl('1 000,00')})`],
      ['23.03.2026', 'Przypomnienie · E-mail: Przypomnienie'],
      ['30.03.2026', 'Wezwanie do zapłaty · List polecony'],
      ['02.04.2026', 'Doręczono: Wezwanie do zapłaty'],
      ['05.04.2026', `Wpłata ${zl('300,00')}`],
      ['08.04.2026', 'Dziś'],
      ['11.04.2026', 'Następny krok: Pozew lub EPU (praktyka, nie przepis (do zmiany)) · Podstawa: art. 505²⁸ KPC (EPU) / art. 187 KPC'],
      ['14.06.2026', 'Ulga na złe długi w VAT: od · faktura FV 1/2026 · Podstawa: art. 89a ust. 1a, 2 pkt 5 i ust. 3 ustawy o VAT'],
      ['14.06.2026', 'Ulga na złe długi w CIT/PIT: od · faktura FV 1/2026 · Podstawa: art. 18f CIT / art. 26i PIT'],
      ['15.03.2029', 'Koniec okna EPU (3 lata) · faktura FV 1/2026 · Podstawa: art. 505²⁹ᵃ KPC'],
      ['31.12.2029', expect.stringMatching(/^Przedawnienie · faktura FV 1\/2026 · Podstawa: art\. 118/)],
      ['31.12.2029', 'Ulga na złe długi w VAT: ostatni dzień · faktura FV 1/2026 · Podstawa: art. 89a ust. 1a, 2 pkt 5 i ust. 3 ustawy o VAT'],
    ]);
    await expect(page.locator('[data-testid=case-timeline] > li[aria-current=date]')).toHaveText(/Dziś/);

    // The calendar before the timing changes.
    const ov = new OverviewPage(page);
    await ov.open();
    await expect(ov.asAt).toHaveValue('2026-04-08');
    const first = readIcs(await readFile(await ov.download('ov-ics'), 'utf8')).events;

    // The timings: practice with its source; Poland has no somație step.
    await contacts.open();
    await contacts.openTimings();
    await expect(page.getByTestId('timing-after-deadline-source')).toHaveText('Domyślnie 2 dni · praktyka, źródło: dlaczego.edu.pl');
    await expect(page.getByTestId('timing-demand-source')).toHaveText('Domyślnie 14 dni · praktyka, źródło: magazyn-firma.pl');
    await expect(contacts.timing('somatie')).toHaveCount(0);
    await contacts.timing('after-deadline').fill('5');
    await expect(page.getByTestId('contacts-next')).toContainText('Pozew lub EPU: 14.04.2026');
    await expect(page.getByTestId('tl-date-6')).toHaveText('14.04.2026');
    // Text that is not a number of days is refused in Polish and changes nothing.
    await contacts.timing('after-deadline').fill('tydzień');
    await expect(contacts.timing('after-deadline')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.timings .error[role=alert]').filter({ hasText: 'Wpisz liczbę całkowitą dni od 0 do 365.' })).toHaveCount(1);
    await expect(page.getByTestId('contacts-next')).toContainText('Pozew lub EPU: 14.04.2026');
    await contacts.timing('after-deadline').fill('400');
    await expect(contacts.timing('after-deadline')).toHaveAttribute('aria-invalid', 'true');
    await contacts.timing('after-deadline').fill('5');
    await expect(contacts.timing('after-deadline')).toHaveAttribute('aria-invalid', 'false');

    // The calendar again: the court step moved from 11.04 to 14.04 under the same UID.
    await ov.open();
    const second = readIcs(await readFile(await ov.download('ov-ics'), 'utf8')).events;
    const before = first.find((e) => e.SUMMARY === 'Pozew lub EPU: Hurtownia Kowalski');
    expect(before.DTSTART).toBe('20260411');
    const after = second.find((e) => e.UID === before.UID);
    expect(after.DTSTART).toBe('20260414');
    expect(second.map((e) => e.UID).sort()).toEqual(first.map((e) => e.UID).sort());
    expect(Number(after.SEQUENCE)).toBeGreaterThanOrEqual(Number(before.SEQUENCE));

    // The timing is saved with the case: after a reload it is still 5 days.
    await expect(page.getByTestId('save-status')).toHaveText('Zapisano w tej przeglądarce');
    await page.reload();
    await contacts.open();
    await expect(page.getByTestId('contacts-next')).toContainText('Pozew lub EPU: 14.04.2026');
    await contacts.openTimings();
    await expect(contacts.timing('after-deadline')).toHaveValue('5');
    // Emptied, the field goes back to the default.
    await contacts.timing('after-deadline').fill('');
    await expect(page.getByTestId('contacts-next')).toContainText('Pozew lub EPU: 11.04.2026');

    // Phone width.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByTestId('case-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath('timeline-360.png'), fullPage: true });
    await page.locator('.case-timeline').screenshot({ path: info.outputPath('timeline-only-360.png') });
    await page.getByTestId('contacts-plan').screenshot({ path: info.outputPath('plan-360.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });

    // English and Romanian (the jurisdiction chosen first, so the case stays Polish).
    await app.jurisdiction.selectOption('PL');
    await app.language.selectOption('en');
    await expect(page.getByRole('heading', { name: 'Timeline of the case' })).toBeVisible();
    await expect(page.getByTestId('tl-text-5')).toHaveText('Today');
    await expect(page.getByTestId('tl-text-0')).toHaveText('Due: FV 1/2026 (PLN 1,000.00)');
    await expect(page.getByTestId('timing-after-deadline-source')).toHaveText('Default 2 days · practice, source: dlaczego.edu.pl');
    await app.language.selectOption('ro');
    await expect(page.getByRole('heading', { name: 'Cronologia dosarului' })).toBeVisible();
    await expect(page.getByTestId('tl-text-5')).toHaveText('Astăzi');
    await expect(page.getByTestId('tl-text-3')).toHaveText('Comunicat: Notificare de plată');
    await expect(page.getByTestId('timing-demand-source')).toHaveText('Implicit 14 zile · practică, sursa: magazyn-firma.pl');
    expect(errors).toEqual([]);
  });
});

// Fri 5.04.2024 (reference/ro/collection.md §13): D = Fri 15.03.2024; somație posted 28.03,
// received Tue 2.04: payable until R + 16 = Thu 18.04, the order for payment from 19.04, within
// 6 months of sending (28.09.2024); the 270-day provision from 11.12.2024; prescription
// 15.03.2027.
const CLIENT = caseJson({
  jurisdiction: 'RO',
  currency: 'RON',
  debtor: { name: 'SC Client SRL', address: 'Str. Lungă 3, Brașov', tax_id: 'RO123', kind: 'business' },
  claims: [{ number: 'F1', due_date: '2024-03-15', amount: '12000.00', currency: 'RON' }],
  calculation_date: '2024-04-05',
  contacts: [{ date: '2024-03-28', channel: 'registered_letter', direction: 'outgoing', document: 'somatie', delivered: '2024-04-02' }],
});

test.describe('a Romanian case on 5.04.2024', () => {
  test.use({ locale: 'ro-RO', timezoneId: 'Europe/Bucharest' });

  test('the somație wait and the order for payment on the timeline', async ({ page }, info) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.clock.setFixedTime(new Date('2024-04-05T12:00:00+03:00'));
    const app = new App(page);
    await app.open();
    await importCase(page, info, 'client', CLIENT);
    const contacts = new ContactsPage(page);
    await contacts.open();
    const line = await contacts.timeline();
    expect(line.map(([d]) => d)).toEqual(['15.03.2024', '28.03.2024', '02.04.2024', '05.04.2024', '18.04.2024', '19.04.2024', '28.09.2024', '11.12.2024', '15.03.2027']);
    expect(line[3][1]).toBe('Astăzi');
    expect(line[4][1]).toMatch(/^Se împlinesc cele 15 zile de plată de la primirea somației · Temei: art\. 1015/);
    expect(line[5][1]).toMatch(/^Pasul următor: Cerere de ordonanță de plată \(cea mai apropiată zi permisă de lege\)/);
    expect(line[6][1]).toMatch(/^Acțiune în 6 luni de la somație/);
    // The somație timing exists in Romania; it is practice and never moves the legal date.
    await contacts.openTimings();
    await expect(page.getByTestId('timing-somatie-source')).toHaveText('Implicit 30 zile · practică, sursa: gds.ro (3.09.2025), maglas.ro');
    await contacts.timing('somatie').fill('60');
    await expect(page.getByTestId('contacts-next')).toContainText('19.04.2024');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: info.outputPath('timeline-ro-360.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
