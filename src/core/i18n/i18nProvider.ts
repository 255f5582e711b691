import type { I18nProvider } from 'react-admin';
import { mergeMessages, type MessageTree } from './messages';
import { translate } from './translate';

export const locales = [
  { locale: 'nl', name: 'Nederlands' },
  { locale: 'en', name: 'English' },
] as const;

export type Locale = (typeof locales)[number]['locale'];

export const DEFAULT_LOCALE: Locale = 'nl';
const LOCALE_KEY = 'hub.locale';

export type Catalogue = Record<Locale, MessageTree | (() => Promise<MessageTree>)>;

export interface HubI18nProvider extends I18nProvider {
  addCatalogue(catalogue: Catalogue): Promise<void>;
}

const loaded = new WeakMap<Catalogue, Partial<Record<Locale, MessageTree>>>();

function atHand(catalogue: Catalogue, locale: Locale): MessageTree | undefined {
  const source = catalogue[locale];
  return typeof source === 'function' ? loaded.get(catalogue)?.[locale] : source;
}

export async function loadCatalogue(catalogue: Catalogue, locale: Locale): Promise<MessageTree> {
  const present = atHand(catalogue, locale);
  if (present) return present;
  const messages = await (catalogue[locale] as () => Promise<MessageTree>)();
  loaded.set(catalogue, { ...loaded.get(catalogue), [locale]: messages });
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

export function createI18nProvider(catalogues: Catalogue[], requestedLocale: Locale = storedLocale()): HubI18nProvider {
  const active = [...catalogues];
  let locale = active.every((catalogue) => atHand(catalogue, requestedLocale)) ? requestedLocale : DEFAULT_LOCALE;
  // Dutch beneath the chosen language: a text whose chunk failed to load shows in Dutch, not as its key.
  const merged = () => mergeMessages(...active.flatMap((catalogue) => [atHand(catalogue, DEFAULT_LOCALE) ?? {}, atHand(catalogue, locale) ?? {}]));
  let messages = merged();
  document.documentElement.lang = locale;
  return {
    translate: (key, options) => translate(messages, key, options),
    changeLocale: async (next: string) => {
      const wanted = isLocale(next) ? next : DEFAULT_LOCALE;
      await Promise.all(active.map((catalogue) => loadCatalogue(catalogue, wanted)));
      locale = wanted;
      messages = merged();
      rememberLocale(wanted);
    },
    getLocale: () => locale,
    getLocales: () => [...locales],
    addCatalogue: async (catalogue) => {
      if (active.includes(catalogue)) return;
      await loadCatalogue(catalogue, locale).catch(() => loadCatalogue(catalogue, DEFAULT_LOCALE));
      active.push(catalogue);
      messages = merged();
    },
  };
}
