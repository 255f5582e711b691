/** Dates and amounts in the locale chosen in the app, not the browser's (en as en-GB: day-month-year). */
const intlLocales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

function appLocale(locale: string): string {
  return locale in intlLocales ? locale : 'nl';
}

export function intlLocale(locale: string): string {
  return intlLocales[appLocale(locale)];
}

export type DateStyle = 'long' | 'medium' | 'short';

type IntlObject = Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator;

/** Intl objects are costly to make and a list uses them per row: one per locale and options. */
const intlObjects = new Map<string, IntlObject>();
export function cachedIntl<T extends IntlObject>(key: string, make: () => T): T {
  let made = intlObjects.get(key) as T | undefined;
  if (!made) {
    made = make();
    intlObjects.set(key, made);
  }
  return made;
}

// Long dates and euro amounts by hand: a page's first Intl formatter loads locale data
// (docs/performance.md, The portal's look-alikes, measured again).
const monthNames: Record<string, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const euroStyles: Record<string, { sign: string; thousands: string; decimal: string }> = {
  nl: { sign: '€\u00a0', thousands: '.', decimal: ',' },
  en: { sign: '€', thousands: ',', decimal: '.' },
};

/** A date-only ISO string as a calendar date, in UTC so no timezone moves it a day. */
export function formatDate(iso: string, locale: string, style: DateStyle = 'long'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match.map(Number);
  if (style === 'long') return `${day} ${monthNames[appLocale(locale)][month - 1]} ${year}`;
  const dates = cachedIntl(`date|${locale}|${style}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: style, timeZone: 'UTC' }));
  return dates.format(new Date(Date.UTC(year, month - 1, day)));
}

export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const moments = cachedIntl(`moment|${locale}|${timeZone ?? ''}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone }));
  return moments.format(date);
}

export function formatMoney(cents: number, currency: string, locale: string): string {
  if (currency === 'EUR' && Number.isSafeInteger(cents) && cents >= 0) {
    const { sign, thousands, decimal } = euroStyles[appLocale(locale)];
    const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+$)/g, thousands);
    return `${sign}${euros}${decimal}${String(cents % 100).padStart(2, '0')}`;
  }
  const amounts = cachedIntl(`money|${locale}|${currency}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency }));
  return amounts.format(cents / 100);
}
