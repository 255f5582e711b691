import { useSuspenseQuery } from '@tanstack/react-query';
import { Button, Paper, Typography, useMediaQuery, type Theme } from '@mui/material';
import ContractIcon from '@mui/icons-material/DescriptionOutlined';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractListItem } from '../../../core/api/types';
import { ContractCards } from './ContractCards';
import { ContractFilters } from './ContractFilters';
import { ContractTable } from './ContractTable';
import { applyContractQuery, defaultQuery, organisationsOf } from './contractQuery';
import { PortalPage } from '../layout/PortalPage';
import { useContractQuery } from './useContractQuery';
import { useLocaleFormat } from '../useLocaleFormat';
import { mineQueries } from '../../api/mineQueries';

export function ContractList() {
  const translate = useTranslate();
  const { data: contracts } = useSuspenseQuery(mineQueries.contracts());
  return (
    <PortalPage title={translate('hub.portal.contracts.title')}>
      {contracts.length === 0 ? <NoContracts /> : <FilteredContracts contracts={contracts} />}
    </PortalPage>
  );
}

function FilteredContracts({ contracts }: { contracts: ContractListItem[] }) {
  const translate = useTranslate();
  const { locale } = useLocaleFormat();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { query, update } = useContractQuery();
  const visible = applyContractQuery(contracts, query, locale);

  return (
    <>
      <ContractFilters query={query} onChange={update} organisations={organisationsOf(contracts)} showSort={isPhone} />
      <Typography variant="body2" color="text.secondary" role="status" sx={{ mb: 1 }}>
        {translate('hub.portal.contracts.count', { smart_count: visible.length })}
      </Typography>
      {visible.length === 0 ? (
        <Paper sx={{ p: 3 }}>
          <Typography sx={{ mb: 2 }}>{translate('hub.portal.contracts.no_match')}</Typography>
          <Button variant="outlined" onClick={() => update({ ...defaultQuery, sort: query.sort, order: query.order })}>
            {translate('hub.portal.contracts.clear_filters')}
          </Button>
        </Paper>
      ) : isPhone ? (
        <ContractCards contracts={visible} />
      ) : (
        <ContractTable contracts={visible} query={query} onSort={update} />
      )}
    </>
  );
}

function NoContracts() {
  const translate = useTranslate();
  return (
    <Paper sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <ContractIcon aria-hidden sx={{ fontSize: 48, color: 'text.secondary', mb: 1 }} />
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('hub.portal.contracts.empty_title')}
      </Typography>
      <Typography color="text.secondary">{translate('hub.portal.contracts.empty_text')}</Typography>
    </Paper>
  );
}
