// Rows are found by their place in a table (what "the second invoice" means to a person); the
// fields inside a row by their test id (`claim-7-amount`), never by position, so a new column
// or an import field shifts nothing.

/** The field `field` of a row whose cells are named `${kind}-<id>-${field}`. */
export function cell(row, kind, field) {
  return row.getByTestId(testId(kind, field));
}

/** The error shown under that field. */
export function cellError(row, kind, field) {
  // `has` is matched inside each `.field`, so it is built from the page, not from the row.
  const input = row.page().getByTestId(testId(kind, field));
  return row.locator('.field', { has: input }).locator('.error');
}

function testId(kind, field) {
  return new RegExp(`^${kind}-\\d+-${field}$`);
}
