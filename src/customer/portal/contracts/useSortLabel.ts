import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { SortField } from './contractQuery';

const labelKeys: Record<SortField, string> = {
  number: 'number',
  product: 'product',
  organizationName: 'organisation',
  status: 'status',
  startDate: 'start_date',
  endDate: 'end_date',
  premium: 'premium',
};

export function useSortLabel() {
  const translate = useTranslate();
  return (field: SortField) => translate(`hub.portal.contracts.fields.${labelKeys[field]}`);
}
