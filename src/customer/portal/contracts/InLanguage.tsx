import type { ReactNode } from 'react';
import { useLocale, useTranslate } from '../../../core/i18n/LocaleProvider';
import type { components } from '../../../core/api/schema';

export type Language = components['schemas']['Language'];

/**
 * The contract's own words, which are not translated: marked with their language, so a screen
 * reader speaks them in it and a narrow column hyphenates them by that language's rules.
 */
export function InLanguage({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <span lang={language} style={{ hyphens: 'auto' }}>
      {children}
    </span>
  );
}

/** "In Dutch" where a text's language is not the one the portal shows; null where it is. */
export function useOtherLanguageNote(): (language: Language, key: string) => string | null {
  const translate = useTranslate();
  const [locale] = useLocale();
  return (language, key) =>
    language === locale ? null : translate(key, { language: translate(`hub.portal.contract.language_name.${language}`) });
}
