import type { Catalogue } from '../../core/i18n/i18nProvider';
import { nl } from './nl';

export const demoCatalogue: Catalogue = {
  nl,
  en: async () => (await import('./en')).en,
};
