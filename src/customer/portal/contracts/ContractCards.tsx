/** The link stretches over the card: a tap anywhere opens it, screen readers still read the card.
 * Plain elements, not MUI Cards: faster on phones (docs/performance.md, The portal's look-alikes). */
import { styled } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { Link, useLocation } from 'react-router';
import type { ContractListItem } from '../../../core/api/types';
import { ContractStatusBadge } from './ContractStatusBadge';
import { portalPaths } from '../portalPaths';
import { useLocaleFormat } from '../useLocaleFormat';
import { usePremiumText } from './usePremiumText';
import { InLanguage } from './InLanguage';

const CardList = styled('ul')(({ theme }) => ({
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(2),
  '& > li': {
    position: 'relative',
    padding: theme.spacing(2, 2, 3),
    backgroundColor: theme.palette.background.paper,
    color: theme.palette.text.primary,
    borderRadius: theme.shape.borderRadius,
    boxShadow: theme.shadows[1],
    transition: theme.transitions.create('box-shadow'),
    '&:hover': { boxShadow: theme.shadows[4] },
    '&:focus-within': { outline: `2px solid ${theme.palette.primary.main}` },
  },
  '& .contract-card-head': {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
  },
  '& h2': { ...theme.typography.subtitle1, fontWeight: 600, margin: 0 },
  // The link covers the card; the card's own outline shows the keyboard focus.
  '& h2 a': {
    color: 'inherit',
    textDecoration: 'none',
    '&::after': { content: '""', position: 'absolute', inset: 0 },
    '&:focus-visible': { outline: 'none' },
  },
  '& .contract-card-number': { ...theme.typography.body2, color: theme.palette.text.secondary, margin: 0 },
  '& dl': { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: theme.spacing(2), rowGap: theme.spacing(0.5), margin: 0 },
  '& dt': { ...theme.typography.body2, color: theme.palette.text.secondary },
  '& dd': { ...theme.typography.body1, margin: 0, overflowWrap: 'anywhere' },
}));

export function ContractCards({ contracts }: { contracts: ContractListItem[] }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const premiumText = usePremiumText();
  const { search } = useLocation();
  const t = (key: string) => translate(`hub.portal.contracts.fields.${key}`);

  return (
    <CardList>
      {contracts.map((contract) => (
        <li key={contract.id}>
          <div className="contract-card-head">
            <div>
              <h2>
                <Link to={portalPaths.contract(contract.id)} state={{ listSearch: search }}>
                  <InLanguage language={contract.language}>{contract.product}</InLanguage>
                </Link>
              </h2>
              <p className="contract-card-number">{contract.number}</p>
            </div>
            <ContractStatusBadge status={contract.status} />
          </div>
          <dl>
            <dt>{t('organisation')}</dt>
            <dd>{contract.organizationName}</dd>
            <dt>{t('start_date')}</dt>
            <dd>{format.date(contract.startDate)}</dd>
            <dt>{t('end_date')}</dt>
            <dd>{contract.endDate ? format.date(contract.endDate) : translate('hub.portal.contracts.no_end_date')}</dd>
            <dt>{t('premium')}</dt>
            <dd>{premiumText(contract)}</dd>
          </dl>
        </li>
      ))}
    </CardList>
  );
}
