/**
 * Dutch by default, English as the other choice; the choice is remembered in localStorage
 * `hub.locale`. Bundles come from `loadMessages`, which may return a Promise for a locale
 * other than the initial one, so English can become a lazily loaded chunk later on.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';

export const locales = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
] as const;

export type Locale = (typeof locales)[number]['locale'];

export const DEFAULT_LOCALE: Locale = 'nl';
const LOCALE_KEY = 'hub.locale';

const bundles: Record<Locale, TranslationMessages> = { nl, en } as Record<
  Locale,
  TranslationMessages
>;

export function isLocale(value: unknown): value is Locale {
  return locales.some(({ locale }) => locale === value);
}

export function storedLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}

function loadMessages(locale: string): TranslationMessages {
  return bundles[isLocale(locale) ? locale : DEFAULT_LOCALE];
}

/** A fresh provider that starts in the remembered locale (tests build one per render). */
export function createI18nProvider(initialLocale: Locale = storedLocale()) {
  document.documentElement.lang = initialLocale;
  const base = polyglotI18nProvider(loadMessages, initialLocale, [...locales], {
    allowMissing: true,
  });
  return {
    ...base,
    changeLocale: async (locale: string) => {
      await base.changeLocale(locale);
      if (isLocale(locale)) rememberLocale(locale);
    },
  };
}
