/**
 * Opened in a new tab by "Bekijk als klant" (`/preview/<account id>?contact=<contact id>`): gets
 * the preview token with the staff member's session and opens the portal as the customer sees it.
 */
import { useEffect, useRef } from 'react';
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AuthPageLayout } from '../AuthPageLayout';
import { PORTAL_HOME } from '../../core/session/landing';
import { HttpError } from '../../core/api/httpClient';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useEndSessionIfUnauthorized } from '../../core/session/useSessionActions';
import { startPreview } from './startPreview';

type Failure = 'forbidden' | 'not_found' | 'invalid_link' | 'other';

const isUnauthorized = (error: unknown) => error instanceof HttpError && error.status === 401;

function failureOf(error: unknown): Failure {
  const status = error instanceof HttpError ? error.status : 0;
  return status === 403 ? 'forbidden' : status === 404 ? 'not_found' : 'other';
}

const positiveId = (value: string | null | undefined) => (value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

export function PreviewStartPage() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const [search] = useSearchParams();
  const accountId = positiveId(useParams().accountId);
  const contactId = positiveId(search.get('contact'));
  const start = useMutation({
    mutationFn: startPreview,
    onSuccess: () => {
      queryClient.clear();
      navigate(PORTAL_HOME, { replace: true });
    },
    // A 401 ends the session (the login page); any other failure is said here.
    onError: (error) => endSessionIfUnauthorized(error),
  });
  const tab = accountId && contactId ? { accountId, contactId } : null;
  const failure: Failure | null = !tab ? 'invalid_link' : start.isError && !isUnauthorized(start.error) ? failureOf(start.error) : null;
  // One request on entering, also when React runs the effect twice (StrictMode in development).
  const started = useRef(false);

  useEffect(() => {
    if (!accountId || !contactId || started.current) return;
    started.current = true;
    start.mutate({ accountId, contactId });
  }, [accountId, contactId, start]);

  const retry = () => {
    if (tab) start.mutate(tab);
  };
  return (
    <AuthPageLayout heading={translate('hub.preview.button')} intro={translate('hub.preview.starting')}>
      {failure ? (
        <Alert severity="error" action={failure === 'other' ? <Button color="inherit" size="small" onClick={retry}>{translate('hub.preview.retry')}</Button> : undefined}>
          {translate(`hub.preview.failed.${failure}`)}
        </Alert>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} aria-hidden />
          <Typography>{translate('hub.preview.starting')}</Typography>
        </Stack>
      )}
    </AuthPageLayout>
  );
}
