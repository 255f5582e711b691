/**
 * react-admin's provider of the back office's texts (ra-i18n-polyglot, in the back office's chunk),
 * starting in the app's locale; react-admin switches it itself (FollowAppLocale).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { initialLocale, isLocale, locales, messagesOf, rememberLocale, type HubI18nProvider, type Locale } from '../../core/i18n/i18nProvider';

export function createBackOfficeI18nProvider(locale: Locale): HubI18nProvider {
  const base = polyglotI18nProvider((wanted) => messagesOf('backOffice', wanted), initialLocale('backOffice', locale), [...locales], { allowMissing: true });
  return {
    ...base,
    changeLocale: async (next: string) => {
      await base.changeLocale(next);
      if (isLocale(next)) rememberLocale(next);
    },
  };
}
