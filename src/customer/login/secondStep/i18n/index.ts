/** The second step's texts load with its code: none of them is in the login page's first chunk. */
import type { Catalogue } from '../../../../core/i18n/i18nProvider';
import { secondStep as nl } from './nl';

export const secondStepCatalogue: Catalogue = {
  nl,
  en: async () => (await import('./en')).secondStep,
};
