/**
 * The contracts as cards for phones. The product name is the link, stretched over the whole
 * card, so a tap anywhere opens the contract and screen readers still read the card's content.
 */
import { Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link, useLocation } from 'react-router';
import type { ContractListItem } from '../api/types';
import { ContractStatusBadge } from './ContractStatusBadge';
import { DetailList } from './DetailList';
import { portalPaths } from './portalPaths';
import { useLocaleFormat } from './useLocaleFormat';
import { usePremiumText } from './usePremiumText';

export function ContractCards({ contracts }: { contracts: ContractListItem[] }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const premiumText = usePremiumText();
  const { search } = useLocation();
  const t = (key: string) => translate(`hub.portal.contracts.fields.${key}`);

  return (
    <Stack component="ul" spacing={2} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {contracts.map((contract) => (
        <Card
          component="li"
          key={contract.id}
          sx={{ position: 'relative', '&:hover': { boxShadow: 4 }, '&:focus-within': { outline: '2px solid', outlineColor: 'primary.main' } }}
        >
          <CardContent>
              <Stack direction="row" spacing={1} sx={{ justifyContent: 'space-between', alignItems: 'flex-start', mb: 1 }}>
                <div>
                  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                    <MuiLink
                      component={Link}
                      to={portalPaths.contract(contract.id)}
                      state={{ listSearch: search }}
                      underline="none"
                      color="inherit"
                      sx={{ '&::after': { content: '""', position: 'absolute', inset: 0 }, '&:focus-visible': { outline: 'none' } }}
                    >
                      {contract.product}
                    </MuiLink>
                  </Typography>
                  <Typography variant="body2" color="text.secondary">
                    {contract.number}
                  </Typography>
                </div>
                <ContractStatusBadge status={contract.status} />
              </Stack>
              <DetailList
                compact
                items={[
                  { label: t('organisation'), value: contract.organizationName },
                  { label: t('start_date'), value: format.date(contract.startDate) },
                  {
                    label: t('end_date'),
                    value: contract.endDate ? format.date(contract.endDate) : translate('hub.portal.contracts.no_end_date'),
                  },
                  { label: t('premium'), value: premiumText(contract) },
                ]}
              />
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
