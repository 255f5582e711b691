import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractListItem } from '../../../core/api/types';
import { useLocaleFormat } from '../useLocaleFormat';

export function usePremiumText() {
  const translate = useTranslate();
  const format = useLocaleFormat();
  return ({ premium, frequency }: Pick<ContractListItem, 'premium' | 'frequency'>) =>
    translate('hub.portal.contracts.premium_per', {
      amount: format.money(premium),
      period: translate(`hub.portal.contracts.frequency.${frequency}`),
    });
}
