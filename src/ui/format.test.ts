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
