/** The CSV of the list exports: quoting, the separator per language, and no spreadsheet formulas smuggled in. */
import { csvSeparator, toCsv } from './csv';

it('quotes cells with the separator, quotes or line breaks, and starts with a BOM for Excel', () => {
  const csv = toCsv([['Naam', 'Adres'], ['Jan "de" Vries', 'Damrak 1;\nAmsterdam']], ';');
  expect(csv).toBe('\uFEFFNaam;Adres\r\n"Jan ""de"" Vries";"Damrak 1;\nAmsterdam"');
});

it('neutralises cells a spreadsheet would run as a formula, but leaves phone numbers alone', () => {
  const csv = toCsv([['=HYPERLINK("x")', '@SUM(A1)', '+31 6 1234 5678', '-', '+cmd']], ',');
  expect(csv.slice(1).split(',')).toEqual([`"'=HYPERLINK(""x"")"`, "'@SUM(A1)", '+31 6 1234 5678', '-', "'+cmd"]);
});

it('separates with a semicolon in Dutch and a comma in English', () => {
  expect([csvSeparator('nl'), csvSeparator('en')]).toEqual([';', ',']);
});
