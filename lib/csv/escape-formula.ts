// Cells that a spreadsheet would run as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP, CSV injection): a cell that starts with
 * = + - @, a tab or a carriage return gets a leading apostrophe, so it is shown as text.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
