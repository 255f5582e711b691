/** No current password: the session was just opened with the temporary one (as in Keycloak's
 * and Salesforce's forced change). */
import { Suspense, useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, Stack, Toolbar, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { authProvider, currentSession } from '../../core/session/authProvider';
import { canAccess } from '../../core/roles';
import { portalPaths } from '../portal/portalPaths';
import { HttpError } from '../../core/api/httpClient';
import { apiErrorMessage, newPasswordMessage, PASSWORD_LENGTH, refusedFields } from '../../core/api/apiErrorMessage';
import { PORTAL_HOME } from '../../core/session/landing';
import { useNewPasswordForm } from './useNewPasswordForm';
import { PASSWORD_SAVED_STATE } from '../portal/account/PasswordSavedNotice';
import { PortalAppBar } from '../portal/layout/PortalAppBar';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useEndSessionIfUnauthorized } from '../../core/session/useSessionActions';
import { NewPasswordFields } from './NewPasswordFields';
import { lazyNamed } from '../../core/ui/lazyNamed';

// Not in the page's chunk: MUI's Dialog (and Modal) would weigh on every reset link's first page.
// Fetched once the page has rendered (with the portal's chunk, where customers go next).
const LogoutWarningDialog = lazyNamed(() => import('./LogoutWarningDialog'), 'LogoutWarningDialog');

type Errors = Partial<Record<'next' | 'form', string>>;

export function ChangePasswordPage() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.portal.password.${key}`);
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (next: string) => authProvider.changePassword(undefined, next),
    // A customer is offered a passkey next; staff go on as before.
    onSuccess: () =>
      canAccess(currentSession()?.user.role, 'portal', 'read')
        ? navigate(portalPaths.passkeyOffer, { replace: true })
        : navigate(PORTAL_HOME, { replace: true, state: PASSWORD_SAVED_STATE }),
    onError: (error) => endSessionIfUnauthorized(error),
  });
  const { input, setField, showPasswords, setShowPasswords, policyUnmet, submit } = useNewPasswordForm(save);
  // Mounted from the first click on, so that closing it keeps its transition.
  const [warnLogout, setWarnLogout] = useState<boolean | null>(null);
  useEffect(() => {
    // A failed fetch (offline) is tried again when the dialog opens.
    LogoutWarningDialog.preload().catch(() => undefined);
  }, []);
  const errorsOf = (error: unknown, next: string): Errors => {
    if (error instanceof HttpError && error.status === 401) return {};
    if (refusedFields(error).includes('newPassword')) {
      return { next: translate(newPasswordMessage(error, next, 'same_as_temporary'), PASSWORD_LENGTH) };
    }
    return { form: translate(apiErrorMessage(error, { prefix: 'hub.portal.password' })) };
  };
  const errors: Errors = policyUnmet ? { form: t('policy_unmet') } : save.isError ? errorsOf(save.error, save.variables) : {};

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <PortalAppBar onLogout={() => setWarnLogout(true)} />
      {warnLogout !== null && (
        <Suspense fallback={null}>
          <LogoutWarningDialog open={warnLogout} onClose={() => setWarnLogout(false)} />
        </Suspense>
      )}
      <Toolbar />
      <Box component="main" sx={{ display: 'flex', justifyContent: 'center', p: 2, pt: { xs: 2, sm: 5 } }}>
        <Card sx={{ width: '100%', maxWidth: 480 }}>
          <CardContent component="form" noValidate onSubmit={submit} sx={{ p: { xs: 2.5, sm: 4 } }}>
            <Stack spacing={2.5}>
              <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' } }}>
                {t('title')}
              </Typography>
              <Typography color="text.secondary">{t('intro')}</Typography>
              {errors.form && <Alert severity="error">{errors.form}</Alert>}
              <NewPasswordFields
                input={input}
                onChange={setField}
                showPasswords={showPasswords}
                onShowPasswordsChange={setShowPasswords}
                nextError={errors.next}
              />
              <Button type="submit" variant="contained" size="large" disabled={save.isPending}>
                {save.isPending ? t('saving') : t('submit')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}
