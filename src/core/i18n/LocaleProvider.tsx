/**
 * The app's language for every page, in both sections: the chosen locale as React state over the
 * i18n provider (a plain object, see providers/i18nProvider). The login, password and portal
 * pages translate with `useTranslate()` from here; the back office hands the same choice on to
 * react-admin (see layout/FollowAppLocale).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, isLocale, type HubI18nProvider, type Locale } from './i18nProvider';

type Translate = (key: string, options?: object) => string;

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => Promise<void>;
  translate: Translate;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ i18nProvider, children }: { i18nProvider: HubI18nProvider; children: ReactNode }) {
  const [locale, setLocaleState] = useState(() => {
    const current = i18nProvider.getLocale();
    return isLocale(current) ? current : DEFAULT_LOCALE;
  });
  const setLocale = useCallback(
    async (next: Locale) => {
      // The messages first (English is a chunk of its own), then the pages that show them.
      await i18nProvider.changeLocale(next);
      setLocaleState(next);
    },
    [i18nProvider],
  );
  // A new `translate` per locale: components that memoise on it translate again.
  const value = useMemo(
    () => ({ locale, setLocale, translate: (key: string, options?: object) => i18nProvider.translate(key, options) }),
    [i18nProvider, locale, setLocale],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

function useLocaleContext(): LocaleContextValue {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useTranslate and useLocale need a <LocaleProvider> above them');
  return context;
}

/** `translate('hub.login.submit')`, in the chosen language. */
export function useTranslate(): Translate {
  return useLocaleContext().translate;
}

/** The chosen locale and the way to choose another (loads its messages first). */
export function useLocale(): [Locale, (locale: Locale) => Promise<void>] {
  const { locale, setLocale } = useLocaleContext();
  return [locale, setLocale];
}
