/** A BOM so Excel reads UTF-8; formula-like cells (`=...`, `@...`) get a quote against CSV injection. */
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
