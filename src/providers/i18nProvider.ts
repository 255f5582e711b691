/**
 * Dutch by default, English as the other choice; the choice is remembered in localStorage
 * `hub.locale`. Dutch is in the first chunk; English is a chunk of its own, loaded when chosen
 * (ra-i18n-polyglot accepts a Promise for a locale other than the initial one) or, for people
 * who chose it before, by `preloadLocale` before the app renders (the initial one must be sync).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { nl } from '../i18n/nl';

export const locales = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
] as const;

export type Locale = (typeof locales)[number]['locale'];

export const DEFAULT_LOCALE: Locale = 'nl';
const LOCALE_KEY = 'hub.locale';

const loaded: Partial<Record<Locale, TranslationMessages>> = { nl: nl as TranslationMessages };

const loaders: Record<Locale, () => Promise<TranslationMessages>> = {
  nl: async () => nl as TranslationMessages,
  en: async () => (await import('../i18n/en')).en as TranslationMessages,
};

/** Loads a locale's messages once; afterwards `loadMessages` returns them synchronously. */
export async function preloadLocale(locale: Locale): Promise<TranslationMessages> {
  const messages = loaded[locale] ?? (await loaders[locale]());
  loaded[locale] = messages;
  return messages;
}

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

function loadMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  const wanted = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return loaded[wanted] ?? preloadLocale(wanted);
}

export type HubI18nProvider = I18nProvider;

/**
 * A fresh provider that starts in the remembered locale (tests build one per render). That
 * locale must be loaded already (`preloadLocale`); if it is not, the app starts in Dutch.
 */
export function createI18nProvider(requestedLocale: Locale = storedLocale()): HubI18nProvider {
  const initialLocale = loaded[requestedLocale] ? requestedLocale : DEFAULT_LOCALE;
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
