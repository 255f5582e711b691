/**
 * The start of "Bekijk als klant". A link alone never starts a preview: the page names the
 * customer and mints the preview token (and its audit event) only on the staff member's click.
 */
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AuthPageLayout } from '../AuthPageLayout';
import { PORTAL_HOME } from '../../core/session/landing';
import { apiErrorMessage } from '../../core/api/apiErrorMessage';
import { HttpError, httpClient } from '../../core/api/httpClient';
import { apiUrl } from '../../core/api/apiUrl';
import { apiPaths, withParams } from '../../core/api/paths';
import type { Contact } from '../../core/api/types';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { contactPath } from '../../core/session/previewPaths';
import { useEndSessionIfUnauthorized } from '../../core/session/useSessionActions';
import { fullName } from '../../core/ui/names';
import { startPreview } from './startPreview';

const failed = 'hub.preview.failed';
/** What the preview could not do is the page's to say; anything else may work when tried again. */
const page = { prefix: failed, codes: ['forbidden', 'not_found'], retry: ['internal_error', 'network_error'], fallback: `${failed}.other` };

const positiveId = (value: string | null | undefined) => (value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null);

async function fetchContact(contactId: number): Promise<Contact> {
  const { json } = await httpClient(`${apiUrl}${withParams(apiPaths.contact, { id: contactId })}`);
  return json as Contact;
}

export function PreviewStartPage() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const [search] = useSearchParams();
  const accountId = positiveId(useParams().accountId);
  const contactId = positiveId(search.get('contact'));
  const tab = accountId && contactId ? { accountId, contactId } : null;
  const contact = useQuery({ queryKey: ['preview-contact', contactId], queryFn: () => fetchContact(contactId!), enabled: tab !== null, retry: false });
  const start = useMutation({
    mutationFn: startPreview,
    onSuccess: () => {
      queryClient.clear();
      navigate(PORTAL_HOME, { replace: true });
    },
    onError: (error) => endSessionIfUnauthorized(error),
  });
  const error = start.error ?? contact.error;
  const unauthorized = error instanceof HttpError && error.status === 401;
  const failure = !tab ? `${failed}.invalid_link` : error && !unauthorized ? apiErrorMessage(error, page) : null;
  const name = contact.data ? fullName(contact.data) : null;
  const back = contactId ? (
    <Button component={Link} to={contactPath(contactId)} variant="outlined">
      {translate('hub.preview.back')}
    </Button>
  ) : null;

  return (
    <AuthPageLayout heading={translate('hub.preview.button')} intro={name ? translate('hub.preview.confirm', { name }) : ''}>
      <Stack spacing={2}>
        {failure && (
          <Alert severity="error" action={start.isError && failure === page.fallback ? <Button color="inherit" size="small" onClick={() => tab && start.mutate(tab)}>{translate('hub.preview.retry')}</Button> : undefined}>
            {translate(failure)}
          </Alert>
        )}
        {start.isPending ? (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} role="status">
            <CircularProgress size={24} aria-hidden />
            <Typography>{translate('hub.preview.starting')}</Typography>
          </Stack>
        ) : (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            {name && !start.isError && (
              <Button variant="contained" onClick={() => tab && start.mutate(tab)}>
                {translate('hub.preview.open', { name })}
              </Button>
            )}
            {back}
          </Stack>
        )}
      </Stack>
    </AuthPageLayout>
  );
}
