import { cachedIntl, intlLocale } from '../../../core/ui/format';

/** Above this, a download shows its progress: on a slow phone connection it takes a while. */
export const LARGE_DOCUMENT_BYTES = 1_000_000;

/** Intl's own parts, the space between number and unit made non-breaking: "156,9" and "kB" stay on one line. */
export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
  const sizes = cachedIntl(`size|${locale}|${unit}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, maximumFractionDigits: 1 }));
  return sizes
    .formatToParts(value)
    .map(({ type, value: text }) => (type === 'literal' ? text.replace(/\s/g, '\u00a0') : text))
    .join('');
}
