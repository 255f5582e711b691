import { cachedIntl, intlLocale } from '../../../core/ui/format';

/** Above this, a download shows its progress: on a slow phone connection it takes a while. */
export const LARGE_DOCUMENT_BYTES = 1_000_000;

export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
  return cachedIntl(`size|${locale}|${unit}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, maximumFractionDigits: 1 })).format(value);
}
