/** The texts both sections use: the app's name, language, roles, loading and error messages. */
import type { Catalogue } from './i18nProvider';
import { app } from './nl/app';

export const sharedCatalogue: Catalogue = {
  nl: app,
  en: async () => (await import('./en/app')).app,
};
