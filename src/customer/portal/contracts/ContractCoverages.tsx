import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractDetail } from '../../../core/api/types';
import { useLocaleFormat } from '../useLocaleFormat';
import { SectionCard } from '../layout/SectionCard';
import { InLanguage, type Language } from './InLanguage';

export function ContractCoverages({ coverages, language }: { coverages: ContractDetail['coverages']; language: Language }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const t = (key: string) => translate(`hub.portal.contract.${key}`);
  return (
    <SectionCard title={t('coverages')}>
      {coverages.length === 0 ? (
        <Typography color="text.secondary">{t('coverages_empty')}</Typography>
      ) : (
        <List disablePadding>
          {coverages.map((coverage) => (
            <ListItem key={coverage.id} disableGutters divider sx={{ display: 'block' }}>
              <ListItemText
                primary={<InLanguage language={language}>{coverage.name}</InLanguage>}
                secondary={<InLanguage language={language}>{coverage.description}</InLanguage>}
              />
              <Typography variant="body2" component="p">
                {[
                  coverage.insuredAmount && `${t('insured_amount')}: ${format.money(coverage.insuredAmount)}`,
                  coverage.deductible && `${t('deductible')}: ${format.money(coverage.deductible)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
