/**
 * The list exports' CSV, written by Papa Parse, with a BOM so Excel reads UTF-8. Against CSV
 * injection (OWASP) every cell is guarded whatever separator a spreadsheet reads it with: a formula
 * start after either separator gets a leading quote too, and a cell holding either one is quoted.
 */
import Papa from 'papaparse';

/** Phone numbers such as "+31 6 1234 5678" stay as they are: digits, spaces and brackets only. */
const FORMULA_START = /^[=@\t\r]|^[+-](?![\d\s()+-]*$)/;

/** Read with the other separator, each piece after a "," or ";" starts a cell of its own. */
function guarded(value: string): string {
  return value
    .split(/(?<=[,;])/)
    .map((piece) => (FORMULA_START.test(piece) ? `'${piece}` : piece))
    .join('');
}

export function toCsv(rows: string[][], separator: string): string {
  const csv = Papa.unparse(
    rows.map((row) => row.map(guarded)),
    { delimiter: separator, newline: '\r\n', quotes: (value: unknown) => /[,;]/.test(String(value)) },
  );
  return '\uFEFF' + csv;
}

/** Dutch Excel splits on ";" (the comma is its decimal sign); English Excel on ",". */
export function csvSeparator(locale: string): string {
  return locale === 'nl' ? ';' : ',';
}
