/**
 * Dates and amounts in the locale the user chose in the app (not the browser's), so the
 * portal reads `€ 1.234,56` and `1 januari 2026` in Dutch and English formats in English.
 */
import { useLocale } from '../../core/i18n/LocaleProvider';
import { formatDate, formatMoney } from '../../core/ui/format';
import type { components } from '../../core/api/schema';

type Money = components['schemas']['Money'];

export function useLocaleFormat() {
  const [locale] = useLocale();
  return {
    locale,
    date: (iso: string) => formatDate(iso, locale),
    money: (money: Money) => formatMoney(money.amountCents, money.currency, locale),
  };
}
