/** In the locale chosen in the app, not the browser's. */
import { useLocale } from '../../core/i18n/LocaleProvider';
import { formatDate, formatDateTime, formatMoney } from '../../core/ui/format';
import type { components } from '../../core/api/schema';

type Money = components['schemas']['Money'];

export function useLocaleFormat() {
  const [locale] = useLocale();
  return {
    locale,
    date: (iso: string) => formatDate(iso, locale),
    dateTime: (iso: string) => formatDateTime(iso, locale),
    money: (money: Money) => formatMoney(money.amountCents, money.currency, locale),
  };
}
