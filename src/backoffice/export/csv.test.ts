/** The CSV of the list exports: quoting, the separator per language, and no spreadsheet formulas smuggled in. */
import Papa from 'papaparse';
import { csvSeparator, toCsv } from './csv';

const cellsOf = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.slice(1), { delimiter }).data.flat();

it('quotes cells with the separator, quotes or line breaks, and starts with a BOM for Excel', () => {
  const csv = toCsv([['Naam', 'Adres'], ['Jan "de" Vries', 'Damrak 1;\nAmsterdam']], ';');
  expect(csv).toBe('\uFEFFNaam;Adres\r\n"Jan ""de"" Vries";"Damrak 1;\nAmsterdam"');
});

it('neutralises cells a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
  const csv = toCsv([['=HYPERLINK("x")', '@SUM(A1)', '+31 6 1234 5678', '-', '+cmd', '\t=1']], ',');
  expect(cellsOf(csv, ',')).toEqual(["'=HYPERLINK(\"x\")", "'@SUM(A1)", '+31 6 1234 5678', '-', "'+cmd", "'\t=1"]);
});

it.each([
  [';', ','],
  [',', ';'],
])('a file written with "%s" and read with "%s" has no cell a spreadsheet runs as a formula', (written, read) => {
  const names = ['Vries,=2+5,', "Jansen;=cmd|' /C calc'!A0;", 'Bakker,@SUM(1);+cmd', 'de Boer;-HYPERLINK(1)'];
  const csv = toCsv([['Naam', 'Plaats'], ...names.map((name) => ['Jan', name])], written);
  // Written and read alike, each name comes back whole; a formula start only behind a quote.
  expect(cellsOf(csv, written).filter((_, index) => index > 1 && index % 2 === 1)).toEqual(["Vries,'=2+5,", "Jansen;'=cmd|' /C calc'!A0;", "Bakker,'@SUM(1);'+cmd", "de Boer;'-HYPERLINK(1)"]);
  // Leading blanks are what some readers strip first; digits alone (a phone number, "-2+3") run
  // nothing, a letter after + or - could.
  expect(cellsOf(csv, read).filter((cell) => /^[=@]|^[+-].*[A-Za-z]/.test(cell.trimStart()))).toEqual([]);
});

it('separates with a semicolon in Dutch and a comma in English', () => {
  expect([csvSeparator('nl'), csvSeparator('en')]).toEqual([';', ',']);
});
