/** The security pages' texts load with their code: none of them is in a customer's first chunk. */
import type { Catalogue } from '../../../core/i18n/i18nProvider';
import { security as nl } from './nl';

export const securityCatalogue: Catalogue = {
  nl,
  en: async () => (await import('./en')).security,
};
