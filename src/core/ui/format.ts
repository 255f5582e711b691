/**
 * Dates and amounts in the locale the user chose in the app (`useLocale()`), not the
 * browser's: `nl` formats as nl-NL, `en` as en-GB (day-month-year, as Dutch customers expect).
 */
const intlLocales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The app's own locale for a chosen one: `nl` unless it is one the app has. */
function appLocale(locale: string): string {
  return locale in intlLocales ? locale : 'nl';
}

export function intlLocale(locale: string): string {
  return intlLocales[appLocale(locale)];
}

export type DateStyle = 'long' | 'medium' | 'short';

type IntlObject = Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator;

/**
 * Intl formatters and collators are costly to make (on a slow phone about a millisecond each,
 * the page's first one far more) and a list uses them for every row: one per locale and
 * options, made when first needed. `key` names the locale and options.
 */
const intlObjects = new Map<string, IntlObject>();
export function cachedIntl<T extends IntlObject>(key: string, make: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (!made) {
    made = make();
    intlObjects.set(key, made);
  }
  return made;
}

/**
 * Long dates and euro amounts, in the app's own two languages, are written without Intl: the
 * first Intl formatter of a page makes the browser load its locale data. Mijn contracten, phone
 * profile, `npm run bench -- --versus`, 2026-12-02, medians of 7: by hand 2531 ms, cached Intl
 * 2600 ms (load 3); 2666 vs 2783 ms (load 10); by hand faster in 13 of 14 paired rounds (desktop:
 * no difference); portal route 228.7 kB by hand, 228.4 kB with Intl (docs/performance.md). The
 * results are Intl's own (format.test.ts compares them); other styles, currencies and moments in
 * time use Intl.
 */
const monthNames: Record<string, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const euroStyles: Record<string, { sign: string; thousands: string; decimal: string }> = {
  nl: { sign: '€\u00a0', thousands: '.', decimal: ',' },
  en: { sign: '€', thousands: ',', decimal: '.' },
};

/**
 * A date-only ISO string (`2026-01-01`, or the date part of a timestamp) as a calendar date:
 * `1 januari 2026`. Formatted in UTC so no timezone can move it to the day before.
 */
export function formatDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match.map(Number);
  if (style === 'long') return `${day} ${monthNames[appLocale(locale)][month - 1]} ${year}`;
  const dates = cachedIntl(`date|${locale}|${style}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }));
  return dates.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A moment in time (`2026-01-01T09:30:00Z`) in the user's own timezone: `1 januari 2026 om 10:30`. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const moments = cachedIntl(`moment|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }));
  return moments.format(date);
}

/** An amount in cents: `formatMoney(123456, 'EUR', 'nl')` → `€ 1.234,56`. */
export function formatMoney(cents: number, currency: string, locale: string): string {
  if (currency === 'EUR' && Number.isSafeInteger(cents) && cents >= 0) {
    const { sign, thousands, decimal } = euroStyles[appLocale(locale)];
    const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+$)/g, thousands);
    return `${sign}${euros}${decimal}${String(cents % 100).padStart(2, '0')}`;
  }
  const amounts = cachedIntl(`money|${locale}|${currency}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }));
  return amounts.format(cents / 100);
}
