import { Alert, AlertTitle, Box, Button, Skeleton, Stack } from '@mui/material';
import { Link, useMatches, useRevalidator, useRouteError } from 'react-router';
import { HttpError } from '../../../core/api/httpClient';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { PortalPage } from './PortalPage';
import { portalPaths } from '../portalPaths';

export function PortalPageError() {
  const error = useRouteError();
  const translate = useTranslate();
  const { titleKey } = (useMatches().at(-1)?.handle ?? {}) as { titleKey?: string };
  if (!(error instanceof HttpError) || !titleKey) return <CrashMessage />;
  return (
    <PortalPage title={translate(titleKey)}>
      <LoadFailed />
    </PortalPage>
  );
}

/** Retrying runs the page's loader again, which asks only for what is not in the cache. */
export function LoadFailed() {
  const translate = useTranslate();
  const revalidator = useRevalidator();
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate('hub.portal.state.error_title')}</AlertTitle>
      {translate('hub.portal.state.error_text')}
      {/* Below the text rather than beside it, so it keeps its size on a phone. */}
      <Box sx={{ mt: 1.5 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={() => void revalidator.revalidate()} disabled={revalidator.state === 'loading'}>
          {translate('hub.portal.state.retry')}
        </Button>
      </Box>
    </Alert>
  );
}

export function CrashMessage() {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate('hub.portal.state.crash_title')}</AlertTitle>
      {translate('hub.portal.state.crash_text')}
      <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={() => window.location.reload()}>
          {translate('hub.portal.state.reload')}
        </Button>
        <Button component={Link} to={portalPaths.account} variant="outlined" color="inherit" size="small">
          {translate('hub.portal.state.to_account')}
        </Button>
      </Stack>
    </Alert>
  );
}

export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  const translate = useTranslate();
  return (
    <Box role="status" aria-busy="true" aria-label={translate('hub.portal.state.loading')}>
      <Stack spacing={1.5}>
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={index === 0 ? 48 : 32} />
        ))}
      </Stack>
    </Box>
  );
}
