/**
 * One i18n provider for both sections (react-admin's components translate through it too). Dutch
 * by default, English as the other choice, remembered in localStorage `hub.locale`. The texts come
 * in catalogues that the app shell registers: per locale the messages at hand (in the first chunk)
 * or a chunk to load; a section that loads later adds its own (the back office, with its code).
 */
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

/** A part of the app's texts: per locale the messages themselves, or how to load them. */
export type Catalogue = Record<Locale, MessageTree | (() => Promise<MessageTree>)>;

export interface HubI18nProvider extends I18nProvider {
  /** Adds a catalogue in the current locale (in Dutch should that fail to load); resolves when its texts are at hand. */
  addCatalogue(catalogue: Catalogue): Promise<void>;
}

const loaded = new WeakMap<Catalogue, Partial<Record<Locale, MessageTree>>>();

function atHand(catalogue: Catalogue, locale: Locale): MessageTree | undefined {
  const source = catalogue[locale];
  return typeof source === 'function' ? loaded.get(catalogue)?.[locale] : source;
}

/** Loads a catalogue's messages for a locale once; afterwards they are at hand synchronously. */
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

/**
 * A fresh provider over the given catalogues, starting in the remembered locale when they are
 * all at hand in it (`loadCatalogue` first), else in Dutch. Tests build one per render.
 */
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
