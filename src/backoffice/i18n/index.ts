/** Each language a chunk of its own: customers never load them. */
import type { Catalogue } from '../../core/i18n/i18nProvider';

export const backOfficeCatalogue: Catalogue = {
  nl: async () => (await import('./nl')).nl,
  en: async () => (await import('./en')).en,
};
