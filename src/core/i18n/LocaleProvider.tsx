import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { I18nProvider } from 'react-admin';
import { DEFAULT_LOCALE, isLocale, type Catalogue, type HubI18nProvider, type Locale } from './i18nProvider';

type Translate = (key: string, options?: object) => string;

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
  translate: Translate;
  localisedProvider: I18nProvider;
  addCatalogue: (catalogue: Catalogue) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ i18nProvider, children }: { i18nProvider: HubI18nProvider; children: ReactNode }) {
  const [locale, setLocaleState] = useState(() => {
    const current = i18nProvider.getLocale();
    return isLocale(current) ? current : DEFAULT_LOCALE;
  });
  const setLocale = useCallback(
    async (next: Locale) => {
      await i18nProvider.changeLocale(next);
      setLocaleState(next);
    },
    [i18nProvider],
  );
  // A new `translate` and provider per locale: components that memoise on them translate again.
  const value = useMemo(
    () => ({
      addCatalogue: i18nProvider.addCatalogue,
      locale,
      setLocale,
      translate: (key: string, options?: object) => i18nProvider.translate(key, options),
      localisedProvider: {
        ...i18nProvider,
        getLocale: () => locale,
        changeLocale: (next: string) => setLocale(isLocale(next) ? next : DEFAULT_LOCALE),
      },
    }),
    [i18nProvider, locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocaleContext(): LocaleContextValue {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useTranslate and useLocale need a <LocaleProvider> above them');
  return context;
}

export function useTranslate(): Translate {
  return useLocaleContext().translate;
}

export function useLocale(): [Locale, (locale: Locale) => Promise<void>] {
  const { locale, setLocale } = useLocaleContext();
  return [locale, setLocale];
}

export function useLocalisedI18nProvider(): I18nProvider {
  return useLocaleContext().localisedProvider;
}
