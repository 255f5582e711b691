/** An unknown id and someone else's contract are both a 404 and get the same page. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { Button, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { Link, useLocation, useParams, useRouteError } from 'react-router';
import type { ContractDetail } from '../../../core/api/types';
import { ContractCoverages } from './ContractCoverages';
import { ContractDocuments } from './ContractDocuments';
import { ContractStatusBadge } from './ContractStatusBadge';
import { DetailList } from '../layout/DetailList';
import { PortalPage } from '../layout/PortalPage';
import { CrashMessage, LoadFailed } from '../layout/PageStates';
import { portalPaths } from '../portalPaths';
import { useLocaleFormat } from '../useLocaleFormat';
import { SectionCard } from '../layout/SectionCard';
import { HttpError } from '../../../core/api/httpClient';
import { mineQueries } from '../../api/mineQueries';
import { isNotFound } from '../../api/usePortalData';
import { usePremiumText } from './usePremiumText';
import { InLanguage, useOtherLanguageNote } from './InLanguage';

export function ContractShow() {
  const { id = '' } = useParams();
  const { data: contract } = useSuspenseQuery(mineQueries.contract(id));
  const note = useOtherLanguageNote()(contract.language, 'hub.portal.contract.texts_language');
  const heading = (
    <>
      <InLanguage language={contract.language}>{contract.product}</InLanguage> · {contract.number}
    </>
  );
  return (
    <PortalPage title={`${contract.product} · ${contract.number}`} heading={heading} before={<BackToList />}>
      {note && (
        <Typography color="text.secondary" sx={{ mt: { xs: -1, sm: -2 }, mb: 2 }}>
          {note}
        </Typography>
      )}
      <Stack spacing={3}>
        <ContractFields contract={contract} />
        <ContractCoverages coverages={contract.coverages} language={contract.language} />
        <ContractDocuments contract={contract} />
      </Stack>
    </PortalPage>
  );
}

export function ContractShowError() {
  const translate = useTranslate();
  const error = useRouteError();
  if (isNotFound(error)) {
    return (
      <PortalPage title={translate('hub.portal.contract.not_found_title')} before={<BackToList />}>
        <Typography>{translate('hub.portal.contract.not_found_text')}</Typography>
      </PortalPage>
    );
  }
  if (!(error instanceof HttpError)) return <CrashMessage />;
  return (
    <PortalPage title={translate('hub.portal.contracts.title')} before={<BackToList />}>
      <LoadFailed />
    </PortalPage>
  );
}

/** Back to the list as the customer left it (search and filters live in the list's URL). */
function BackToList() {
  const translate = useTranslate();
  const { state } = useLocation();
  const listSearch = typeof state?.listSearch === 'string' ? state.listSearch : '';
  return (
    <Button component={Link} to={`${portalPaths.contracts}${listSearch}`} startIcon={<ArrowBackIcon />} sx={{ mb: 1, ml: -1 }}>
      {translate('hub.portal.contract.back')}
    </Button>
  );
}

function ContractFields({ contract: c }: { contract: ContractDetail }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const premiumText = usePremiumText();
  const t = (key: string) => translate(`hub.portal.contracts.${key}`);
  const dateOr = (iso: string | null, fallback: string) => (iso ? format.date(iso) : fallback);

  return (
    <SectionCard title={translate('hub.portal.contract.details')}>
      <DetailList
        items={[
          { label: t('fields.number'), value: c.number },
          { label: t('fields.product'), value: <InLanguage language={c.language}>{c.product}</InLanguage> },
          { label: t('fields.description'), value: <InLanguage language={c.language}>{c.description}</InLanguage> },
          { label: t('fields.category'), value: t(`category_value.${c.category}`) },
          { label: t('fields.insurer'), value: c.insurer },
          { label: t('fields.policy_number'), value: c.policyNumber },
          { label: t('fields.organisation'), value: c.organizationName },
          { label: t('fields.dossier_number'), value: c.dossierNumber },
          { label: t('fields.status'), value: <ContractStatusBadge status={c.status} /> },
          { label: t('fields.start_date'), value: format.date(c.startDate) },
          { label: t('fields.end_date'), value: dateOr(c.endDate, t('no_end_date')) },
          { label: t('fields.renewal_date'), value: dateOr(c.renewalDate, t('none')) },
          { label: t('fields.premium'), value: premiumText(c) },
          { label: t('fields.payment_method'), value: t(`payment_method_value.${c.paymentMethod}`) },
          { label: t('fields.advisor'), value: c.advisorName },
        ]}
      />
    </SectionCard>
  );
}
