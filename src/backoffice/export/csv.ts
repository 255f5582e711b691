/**
 * A small CSV writer for the list exports (contacts, audit). A leading BOM lets Excel read
 * accents as UTF-8; cells that a spreadsheet would run as a formula (`=...`, `@...`) are
 * prefixed with a quote.
 */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s()+-]*$)/;

function cell(value: string, separator: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: string[][], separator: string): string {
  return '\uFEFF' + rows.map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n');
}

/** Dutch Excel splits on ";" (the comma is its decimal sign); English Excel on ",". */
export function csvSeparator(locale: string): string {
  return locale === 'nl' ? ';' : ',';
}
