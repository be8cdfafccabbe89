// Cells that a spreadsheet would run as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet (OWASP, CSV injection): a cell that starts with
 * = + - @, a tab or a carriage return gets a leading apostrophe, so it is shown as text.
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes escapeFormula, so that an exported file imports unchanged. */
export function unescapeFormula(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
