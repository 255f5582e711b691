/**
 * "Set a new password" from the link in a reset mail: `/#/reset-password?token=…`. Public, like
 * the login page. A link that cannot be used (missing, unknown, used, expired) says why and
 * offers to ask for a new one; a new password opens the login page, which says it worked.
 */
import { Alert, Box, Button, Stack } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authProvider } from '../../core/session/authProvider';
import { errorBodyOf, NETWORK_ERROR_CODE } from '../../core/api/httpClient';
import { LOGIN_PATH } from '../../core/session/landing';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { passwordRules } from './PasswordPolicy';
import { AuthPageLayout } from '../AuthPageLayout';
import { useForgotPasswordDialog } from '../login/useForgotPasswordDialog';
import { PASSWORD_SET_STATE } from '../login/LoginNotice';
import { NewPasswordFields } from './NewPasswordFields';

type LinkProblem = 'link_missing' | 'link_invalid' | 'link_used' | 'link_expired';

/** The API's 410 codes; anything else about the token counts as "not valid". */
const LINK_PROBLEM_OF_CODE: Record<string, LinkProblem> = {
  reset_token_invalid: 'link_invalid',
  reset_token_used: 'link_used',
  reset_token_expired: 'link_expired',
};

function linkProblemOf(code: string | undefined): LinkProblem {
  return (code && LINK_PROBLEM_OF_CODE[code]) || 'link_invalid';
}

type Refusal = { linkProblem: LinkProblem } | { passwordRejected: true } | { formError: string };

function refusalOf(error: unknown): Refusal {
  const status = (error as { status?: number }).status;
  const body = errorBodyOf(error);
  if (status === 410 || body?.errors?.token) return { linkProblem: linkProblemOf(body?.code) };
  if (body?.errors?.newPassword) return { passwordRejected: true };
  return { formError: body?.code === NETWORK_ERROR_CODE ? 'hub.errors.network' : 'hub.self_service.reset.failed' };
}

export function ResetPasswordPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.reset.${key}`);
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token')?.trim() ?? '';
  const forgotPassword = useForgotPasswordDialog();
  const [input, setInput] = useState({ next: '', repeat: '' });
  const [showPasswords, setShowPasswords] = useState(false);
  const [policyUnmet, setPolicyUnmet] = useState(false);
  const save = useMutation({
    mutationFn: (next: string) => authProvider.resetPassword(token, next),
    onSuccess: () => navigate(LOGIN_PATH, { replace: true, state: PASSWORD_SET_STATE }),
  });
  const refusal = save.isError ? refusalOf(save.error) : undefined;
  const linkProblem = token ? (refusal && 'linkProblem' in refusal ? refusal.linkProblem : null) : 'link_missing';
  const passwordRejected = refusal !== undefined && 'passwordRejected' in refusal;
  const formError = policyUnmet ? 'hub.self_service.reset.policy_unmet' : refusal && 'formError' in refusal ? refusal.formError : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unmet = !passwordRules(input).every((rule) => rule.met);
    setPolicyUnmet(unmet);
    if (unmet) return save.reset();
    save.mutate(input.next);
  };

  return (
    <AuthPageLayout heading={t('title')} intro={t('intro')}>
      {linkProblem ? (
        <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
          <Alert severity="error" sx={{ width: '100%', boxSizing: 'border-box' }}>
            {t(linkProblem)}
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
            onChange={(name, value) => setInput((previous) => ({ ...previous, [name]: value }))}
            showPasswords={showPasswords}
            onShowPasswordsChange={setShowPasswords}
            nextError={passwordRejected ? t('password_rejected') : undefined}
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
