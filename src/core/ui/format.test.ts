import { formatDate, formatDateTime, formatMoney } from './format';

// Intl separates the currency sign with a no-break space, so a price never wraps.
const nbsp = '\u00a0';

describe('formatMoney', () => {
  it('writes euros the Dutch way in nl', () => {
    expect(formatMoney(123456, 'EUR', 'nl')).toBe(`€${nbsp}1.234,56`);
  });

  it('writes euros the British way in en', () => {
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
  });

  it('keeps cents exact', () => {
    expect(formatMoney(5, 'EUR', 'nl')).toBe(`€${nbsp}0,05`);
  });
});

describe('formatDate', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('writes a date-only value in words, per locale', () => {
    expect(formatDate('2026-01-01', 'nl')).toBe('1 januari 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('never shifts the day, whatever the timezone', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate('2026-03-01', 'nl')).toBe('1 maart 2026');
  });

  it('offers a short style for tables', () => {
    expect(formatDate('2026-12-31', 'nl', 'short')).toBe('31-12-2026');
    expect(formatDate('2026-12-31', 'en', 'short')).toBe('31/12/2026');
  });

  it('returns unreadable input unchanged instead of "Invalid Date"', () => {
    expect(formatDate('soon', 'nl')).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('writes date and time in the given timezone', () => {
    expect(formatDateTime('2026-01-01T09:30:00Z', 'nl', 'Europe/Amsterdam')).toBe(
      '1 januari 2026 om 10:30',
    );
    expect(formatDateTime('2026-01-01T09:30:00Z', 'en', 'Europe/Amsterdam')).toBe(
      '1 January 2026 at 10:30',
    );
  });
});

describe('long dates and euro amounts, written without Intl', () => {
  const locales = [
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const;

  it('equal Intl’s long dates for every month, in both languages', () => {
    for (const [locale, intl] of locales) {
      const intlDate = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          const iso = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatDate(iso, locale)).toBe(intlDate.format(new Date(Date.UTC(2026, month - 1, day))));
        }
      }
    }
  });

  it('equal Intl’s euro amounts, in both languages', () => {
    const amounts = [0, 5, 99, 100, 1_000, 99_999, 100_000, 165_520, 123_456_789, 100_000_000_000];
    for (const [locale, intl] of locales) {
      const intlMoney = new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR' });
      for (const cents of amounts) expect(formatMoney(cents, 'EUR', locale)).toBe(intlMoney.format(cents / 100));
    }
  });

  it('leave other currencies and negative amounts to Intl', () => {
    expect(formatMoney(-500, 'EUR', 'nl')).toBe(`€${nbsp}-5,00`);
    expect(formatMoney(-500, 'EUR', 'en')).toBe('-€5.00');
    expect(formatMoney(123456, 'USD', 'en')).toBe('US$1,234.56');
  });
});
