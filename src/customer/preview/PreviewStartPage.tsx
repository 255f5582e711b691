import { useEffect, useRef } from 'react';
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AuthPageLayout } from '../AuthPageLayout';
import { BACK_OFFICE_HOME, PORTAL_HOME } from '../../core/session/landing';
import { contactPath } from '../../core/session/previewPaths';
import { apiErrorMessage } from '../../core/api/apiErrorMessage';
import { HttpError } from '../../core/api/httpClient';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useEndSessionIfUnauthorized } from '../../core/session/useSessionActions';
import { startPreview } from './startPreview';

const failed = 'hub.preview.failed';
/** What the preview could not do is the page's to say; anything else may work when tried again. */
const page = { prefix: failed, codes: ['forbidden', 'not_found'], retry: ['internal_error', 'network_error'], fallback: `${failed}.other` };

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
    onError: (error) => endSessionIfUnauthorized(error),
  });
  const tab = accountId && contactId ? { accountId, contactId } : null;
  const unauthorized = start.error instanceof HttpError && start.error.status === 401;
  const failure = !tab ? `${failed}.invalid_link` : start.isError && !unauthorized ? apiErrorMessage(start.error, page) : null;
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
    <AuthPageLayout heading={translate('hub.preview.button')} intro={translate(failure ? 'hub.preview.not_started' : 'hub.preview.starting')}>
      {failure ? (
        <>
          <Alert severity="error" action={failure === page.fallback ? <Button color="inherit" size="small" onClick={retry}>{translate('hub.preview.retry')}</Button> : undefined}>
            {translate(failure)}
          </Alert>
          {/* The tab was opened from the back office: the way back there, to the contact when known. */}
          <Button component={Link} to={contactId ? contactPath(contactId) : BACK_OFFICE_HOME} variant="outlined" sx={{ alignSelf: 'flex-start' }}>
            {translate(contactId ? 'hub.preview.back' : 'hub.portal.staff.to_back_office')}
          </Button>
        </>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={24} aria-hidden />
          <Typography>{translate('hub.preview.starting')}</Typography>
        </Stack>
      )}
    </AuthPageLayout>
  );
}
