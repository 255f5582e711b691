/** The customer side's texts: Dutch at hand, English loaded when chosen. */
import type { Catalogue } from '../../core/i18n/i18nProvider';
import { nl } from './nl';

export const customerCatalogue: Catalogue = {
  nl,
  en: async () => (await import('./en')).en,
};
