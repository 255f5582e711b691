import type { Catalogue } from './i18nProvider';
import { nl } from './nl';

export const sharedCatalogue: Catalogue = {
  nl,
  en: async () => (await import('./en')).en,
};
