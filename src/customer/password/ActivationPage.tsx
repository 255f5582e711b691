/**
 * Public, like the reset page: the welcome mail's activation link opens it without a session. The
 * link is checked first; the first password then opens a session, and the passkey offer follows.
 */
import { Alert, Box, Button, CircularProgress, Stack } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { apiErrorCode, apiErrorMessage, codeMessage, newPasswordMessage, PASSWORD_LENGTH, refusedFields, type ApiErrorCode } from '../../core/api/apiErrorMessage';
import { postJson } from '../../core/api/httpClient';
import { apiPaths } from '../../core/api/paths';
import type { components } from '../../core/api/schema';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { canAccess } from '../../core/roles';
import { authProvider } from '../../core/session/authProvider';
import { homeOf, LOGIN_PATH } from '../../core/session/landing';
import { AuthPageLayout } from '../AuthPageLayout';
import { PASSWORD_SET_STATE } from '../login/LoginNotice';
import { useForgotPasswordDialog } from '../login/useForgotPasswordDialog';
import { ACTIVATED_STATE } from '../portal/account/PasswordSavedNotice';
import { portalPaths } from '../portal/portalPaths';
import { NewPasswordFields } from './NewPasswordFields';
import { useNewPasswordForm } from './useNewPasswordForm';
import { PlainTextField } from '../../core/ui/PlainTextField';

type ActivationCheck = components['schemas']['ActivationCheckResponse']['data'];

const LINK_CODES: readonly ApiErrorCode[] = ['activation_link_invalid', 'activation_link_used', 'activation_link_expired', 'activation_link_revoked'];

/** Why the link cannot be used (the contract's 410, or a 422 on the token), or null. */
function refusedLinkOf(error: unknown): ApiErrorCode | null {
  const code = LINK_CODES.find((known) => known === apiErrorCode(error));
  if (code) return code;
  return refusedFields(error).includes('token') ? 'activation_link_invalid' : null;
}

async function checkLink(token: string): Promise<ActivationCheck> {
  return (await postJson<components['schemas']['ActivationCheckResponse']>(apiPaths.checkActivation, { token })).data;
}

export function ActivationPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.activate.${key}`);
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const link = useQuery({ queryKey: ['activation-link', token], queryFn: () => checkLink(token), enabled: token !== '', retry: false, staleTime: Infinity });
  const problem = token ? (refusedLinkOf(link.error) ?? (link.isError ? 'check_failed' : null)) : 'link_missing';

  return (
    // A refused link promises no password: the intro only says where they came from.
    <AuthPageLayout heading={t('title')} intro={t(problem ? 'intro_refused' : 'intro')}>
      {problem ? (
        <LinkProblem problem={problem} />
      ) : link.data ? (
        <ActivationForm token={token} username={link.data.username} />
      ) : (
        <Box sx={{ display: 'flex', justifyContent: 'center', py: 2 }}>
          <CircularProgress aria-label={t('checking')} />
        </Box>
      )}
      <Box>
        <Button component={Link} to={LOGIN_PATH} sx={{ ml: -1 }}>
          {t('to_login')}
        </Button>
      </Box>
    </AuthPageLayout>
  );
}

/** What is wrong with the link, and what to do next: a used link means the password exists. */
function LinkProblem({ problem }: { problem: ApiErrorCode | 'link_missing' | 'check_failed' }) {
  const translate = useTranslate();
  const forgotPassword = useForgotPasswordDialog();
  const text = problem === 'link_missing' || problem === 'check_failed' ? `hub.self_service.activate.${problem}` : codeMessage(problem);
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Alert severity={problem === 'activation_link_used' ? 'info' : 'error'} sx={{ width: '100%', boxSizing: 'border-box' }}>
        {translate(text)}
      </Alert>
      {problem === 'activation_link_used' && (
        <Button variant="contained" onClick={() => forgotPassword.open()}>
          {translate('hub.self_service.forgot.open')}
        </Button>
      )}
      {forgotPassword.element}
    </Stack>
  );
}

function ActivationForm({ token, username }: { token: string; username: string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.activate.${key}`);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (next: string) => authProvider.activate(token, next),
    onSuccess: async (session) => {
      // Nothing an earlier user of this browser asked for stays in this tab.
      queryClient.clear();
      // A second factor: the password is set, and the login asks for the rest.
      if (!session) return navigate(LOGIN_PATH, { replace: true, state: PASSWORD_SET_STATE });
      if (!canAccess(session.user.role, 'portal', 'read')) return navigate(homeOf(session.user.role), { replace: true });
      return navigate(portalPaths.passkeyOffer, { replace: true, state: ACTIVATED_STATE });
    },
  });
  const { input, setField, showPasswords, setShowPasswords, policyUnmet, submit } = useNewPasswordForm(save);
  const refusedLink = save.isError ? refusedLinkOf(save.error) : null;
  const passwordRefused = save.isError && !refusedLink && refusedFields(save.error).includes('newPassword');
  const formError = policyUnmet
    ? t('policy_unmet')
    : save.isError && !refusedLink && !passwordRefused
      ? translate(apiErrorMessage(save.error, { prefix: 'hub.self_service.activate' }))
      : null;

  // The link went while they typed (used in another tab, or a newer one sent): say which.
  if (refusedLink) return <LinkProblem problem={refusedLink} />;
  return (
    <Stack component="form" spacing={2.5} noValidate onSubmit={submit}>
      {formError && <Alert severity="error">{formError}</Alert>}
      {/* The username, for the password manager to save with the new password. */}
      <PlainTextField label={t('username')} name="username" value={username} autoComplete="username" fullWidth slotProps={{ htmlInput: { readOnly: true } }} />
      <NewPasswordFields
        input={input}
        onChange={setField}
        showPasswords={showPasswords}
        onShowPasswordsChange={setShowPasswords}
        nextError={passwordRefused ? translate(newPasswordMessage(save.error, save.variables ?? '', 'same_as_temporary'), PASSWORD_LENGTH) : undefined}
      />
      <Button type="submit" variant="contained" size="large" disabled={save.isPending}>
        {t(save.isPending ? 'saving' : 'submit')}
      </Button>
    </Stack>
  );
}
