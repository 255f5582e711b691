/**
 * Dutch by default, English as the other choice; the choice is remembered in localStorage
 * `hub.locale`. Two catalogues: the app's texts (login, passwords, portal; Dutch in the first
 * chunk) and the back office's (react-admin's catalogue and the staff pages' texts, with the
 * back office's chunk: layout/backOfficeI18nProvider). English is a chunk of its own per
 * catalogue, loaded when chosen, or, for people who chose it before, by `preloadLocale` before
 * the page renders.
 */
import type { I18nProvider, TranslationMessages } from 'react-admin';
import type { MessageTree } from './messages';
import { nl } from './nl';
import { translate } from './translate';

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
    en: async () => (await import('./en')).en as TranslationMessages,
  },
  backOffice: {
    nl: async () => (await import('./nl/backOffice')).nlBackOffice as TranslationMessages,
    en: async () => (await import('./en/backOffice')).enBackOffice as TranslationMessages,
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

/** A catalogue's messages: at once when loaded, else (as react-admin's polyglot provider accepts) a promise. */
export function messagesOf(catalogue: Catalogue, locale: string): TranslationMessages | Promise<TranslationMessages> {
  const wanted = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return loaded[catalogue][wanted] ?? preloadLocale(wanted, catalogue);
}

/** The locale a provider starts in: the remembered one when its messages are at hand, else Dutch. */
export function initialLocale(catalogue: Catalogue, requestedLocale: Locale = storedLocale()): Locale {
  return loaded[catalogue][requestedLocale] ? requestedLocale : DEFAULT_LOCALE;
}

/**
 * A fresh provider of the app's texts, starting in the remembered locale (tests build one per
 * render). That locale must be loaded already (`preloadLocale`); if it is not, it starts in Dutch.
 */
export function createI18nProvider(requestedLocale: Locale = storedLocale()): HubI18nProvider {
  let locale = initialLocale('app', requestedLocale);
  document.documentElement.lang = locale;
  return {
    translate: (key, options) => translate(loaded.app[locale] as MessageTree, key, options),
    changeLocale: async (next: string) => {
      const wanted = isLocale(next) ? next : DEFAULT_LOCALE;
      await preloadLocale(wanted);
      locale = wanted;
      rememberLocale(wanted);
    },
    getLocale: () => locale,
    getLocales: () => [...locales],
  };
}
