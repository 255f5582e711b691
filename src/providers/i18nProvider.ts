/**
 * Dutch by default, English as the other choice; the choice is remembered in localStorage
 * `hub.locale`. Two catalogues: the app's texts (login, passwords, portal; Dutch in the first
 * chunk) and the back office's (react-admin's catalogue and the staff pages' texts, with the
 * back office's chunk). English is a chunk of its own per catalogue, loaded when chosen
 * (ra-i18n-polyglot accepts a Promise for a locale other than the initial one) or, for people who
 * chose it before, by `preloadLocale` before the page renders (the initial one must be sync).
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { nl } from '../i18n/nl';

export const locales = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
] as const;

export type Locale = (typeof locales)[number]['locale'];
export type Catalogue = 'app' | 'backOffice';
export type HubI18nProvider = I18nProvider;

export const DEFAULT_LOCALE: Locale = 'nl';
const LOCALE_KEY = 'hub.locale';

const loaders: Record<Catalogue, Record<Locale, () => Promise<TranslationMessages>>> = {
  app: {
    nl: async () => nl as TranslationMessages,
    en: async () => (await import('../i18n/en')).en as TranslationMessages,
  },
  backOffice: {
    nl: async () => (await import('../i18n/nl/backOffice')).nlBackOffice as TranslationMessages,
    en: async () => (await import('../i18n/en/backOffice')).enBackOffice as TranslationMessages,
  },
};

const loaded: Record<Catalogue, Partial<Record<Locale, TranslationMessages>>> = { app: { nl: nl as TranslationMessages }, backOffice: {} };

/** Loads a catalogue's messages for a locale once; afterwards they are at hand synchronously. */
export async function preloadLocale(locale: Locale, catalogue: Catalogue = 'app'): Promise<TranslationMessages> {
  const messages = loaded[catalogue][locale] ?? (await loaders[catalogue][locale]());
  loaded[catalogue][locale] = messages;
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

/**
 * A fresh provider of a catalogue, starting in the remembered locale (tests build one per render).
 * That locale must be loaded already (`preloadLocale`); if it is not, the provider starts in Dutch
 * (whose app texts are always at hand).
 */
export function createI18nProvider(catalogue: Catalogue = 'app', requestedLocale: Locale = storedLocale()): HubI18nProvider {
  const initialLocale = loaded[catalogue][requestedLocale] ? requestedLocale : DEFAULT_LOCALE;
  document.documentElement.lang = initialLocale;
  const messagesOf = (locale: string) => {
    const wanted = isLocale(locale) ? locale : DEFAULT_LOCALE;
    return loaded[catalogue][wanted] ?? preloadLocale(wanted, catalogue);
  };
  const base = polyglotI18nProvider(messagesOf, initialLocale, [...locales], { allowMissing: true });
  return {
    ...base,
    changeLocale: async (locale: string) => {
      await base.changeLocale(locale);
      if (isLocale(locale)) rememberLocale(locale);
    },
  };
}
