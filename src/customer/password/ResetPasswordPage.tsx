/** Public, like the login page: the link in a reset mail opens it without a session. */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authProvider } from '../../core/session/authProvider';
import {
  apiErrorCode,
  apiErrorMessage,
  codeMessage,
  PASSWORD_LENGTH,
  newPasswordMessage,
  refusedFields,
} from '../../core/api/apiErrorMessage';
import { LOGIN_PATH } from '../../core/session/landing';
import { postJson } from '../../core/api/httpClient';
import { apiPaths } from '../../core/api/paths';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useNewPasswordForm } from './useNewPasswordForm';
import { AuthPageLayout } from '../AuthPageLayout';
import { useForgotPasswordDialog } from '../login/useForgotPasswordDialog';
import { PASSWORD_SET_STATE } from '../login/LoginNotice';
import { NewPasswordFields } from './NewPasswordFields';

/** A link the API refused (410, or a 422 on the token) says why; the codes are the contract's. */
function refusedLinkOf(error: unknown): string | null {
  const code = apiErrorCode(error);
  if (code === 'reset_token_used' || code === 'reset_token_expired' || code === 'reset_token_invalid') return codeMessage(code);
  return refusedFields(error).includes('token') ? codeMessage('reset_token_invalid') : null;
}

/** Asked when the page opens, so a used or expired link says so before two passwords are typed. */
async function checkLink(token: string): Promise<true> {
  await postJson(apiPaths.checkResetToken, { token });
  return true;
}

function refusalOf(error: unknown, next: string): { link?: string; password?: string; form?: string } {
  const link = refusedLinkOf(error);
  if (link) return { link };
  if (refusedFields(error).includes('newPassword')) return { password: newPasswordMessage(error, next, 'same_as_current') };
  return { form: apiErrorMessage(error, { prefix: 'hub.self_service.reset' }) };
}

export function ResetPasswordPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.reset.${key}`);
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const forgotPassword = useForgotPasswordDialog();
  const save = useMutation({
    mutationFn: (next: string) => authProvider.resetPassword(token, next),
    onSuccess: () => navigate(LOGIN_PATH, { replace: true, state: PASSWORD_SET_STATE }),
  });
  const link = useQuery({ queryKey: ['reset-link', token], queryFn: () => checkLink(token), enabled: token !== '', retry: false, staleTime: Infinity });
  const { input, setField, showPasswords, setShowPasswords, policyUnmet, submit } = useNewPasswordForm(save);
  const refusal = save.isError ? refusalOf(save.error, save.variables) : {};
  const linkProblem = token ? (refusal.link ?? refusedLinkOf(link.error) ?? null) : 'hub.self_service.reset.link_missing';
  const passwordError = refusal.password ?? null;
  const formError = policyUnmet ? 'hub.self_service.reset.policy_unmet' : (refusal.form ?? null);

  return (
    <AuthPageLayout heading={t('title')} intro={t('intro')}>
      {linkProblem ? (
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Alert severity="error" sx={{ width: '100%', boxSizing: 'border-box' }}>
            {translate(linkProblem)}
          </Alert>
          <Button variant="contained" onClick={() => forgotPassword.open()}>
            {t('request_new')}
          </Button>
        </Stack>
      ) : (
        <Stack component="form" spacing={2.5} noValidate onSubmit={submit}>
          {formError && <Alert severity="error">{translate(formError)}</Alert>}
          <NewPasswordFields
            input={input}
            onChange={setField}
            showPasswords={showPasswords}
            onShowPasswordsChange={setShowPasswords}
            nextError={passwordError ? translate(passwordError, PASSWORD_LENGTH) : undefined}
          />
          <Button type="submit" variant="contained" size="large" disabled={save.isPending}>
            {t(save.isPending ? 'saving' : 'submit')}
          </Button>
        </Stack>
      )}
      <Box>
        <Button component={Link} to="/login" sx={{ ml: -1 }}>
          {t('to_login')}
        </Button>
      </Box>
      {forgotPassword.element}
    </AuthPageLayout>
  );
}
