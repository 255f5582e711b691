import { Box, Button, Typography } from '@mui/material';
import { Suspense, useState } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { usePlugin } from '../../core/plugins';
import type { SecondStep } from '../../core/session/authProvider';
import { sessionEndReason } from '../../core/session/session';
import { lazyNamed } from '../../core/ui/lazyNamed';
import { AuthPageLayout } from '../AuthPageLayout';
import { useForgotPasswordDialog } from './useForgotPasswordDialog';
import { LoginForm, type Credentials } from './LoginForm';
import { LoginNotice } from './LoginNotice';
import { secondFactorErrorMessage } from './loginErrorMessage';
import { useLoginLanding } from './useLoginLanding';
import { canUsePasskeys, usePasskeyLogin } from './usePasskeyLogin';

// Only an account with a second factor sees it: not in the first chunk.
const SecondStepForm = lazyNamed(() => import('./secondStep/SecondStepForm'), 'SecondStepForm');

export function LoginPage() {
  const translate = useTranslate();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const [secondStep, setSecondStep] = useState<SecondStep | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Read once: logging in clears the reason (a refused login marks one), and the notice should not
  // vanish while they type, nor come back after a second step.
  const [sessionEnded] = useState(sessionEndReason);
  const forgotPassword = useForgotPasswordDialog();
  const landing = useLoginLanding();
  const passkey = usePasskeyLogin({
    offerInField: !secondStep,
    onSession: landing.openSession,
    onRefused: (error) => setNotice(secondFactorErrorMessage(error)),
  });
  const { Notice, Panel } = usePlugin().login ?? {};

  /** Back to the password, the address kept: after an ended second step (with why), or by choice. */
  const backToPassword = (why: string | null) => {
    setSecondStep(null);
    setCredentials(({ username }) => ({ username, password: '' }));
    setNotice(why);
  };
  const choose = (chosen: Credentials) => {
    setSecondStep(null);
    setCredentials(chosen);
  };

  return (
    <AuthPageLayout heading={translate('hub.login.heading')} intro={secondStep ? undefined : translate('hub.login.intro')}>
      {secondStep ? (
        <Suspense fallback={<Typography role="status">{translate('hub.loading')}</Typography>}>
          <SecondStepForm step={secondStep} username={credentials.username.trim()} onSession={landing.openSession} onBack={backToPassword} />
        </Suspense>
      ) : (
        <>
          <LoginNotice sessionEnded={sessionEnded} />
          {Notice && <Notice />}
          <LoginForm
            credentials={credentials}
            onChange={setCredentials}
            onForgotPassword={() => forgotPassword.open(credentials.username)}
            notice={notice}
            onSubmit={() => {
              setNotice(null);
              // Fetched while the password is checked: it shows at once if the account asks for it.
              SecondStepForm.preload().catch(() => undefined);
            }}
            onLoggedIn={landing.land}
            onSecondStep={setSecondStep}
            nextPath={landing.nextPath}
          />
          {canUsePasskeys() && (
            <Button
              variant="outlined"
              size="large"
              disabled={passkey.pending}
              onClick={() => {
                setNotice(null);
                passkey.start();
              }}
            >
              {translate(passkey.pending ? 'hub.login.submitting' : 'hub.login.passkey')}
            </Button>
          )}
          <Box>
            <Button onClick={() => forgotPassword.open(credentials.username)} sx={{ ml: -1 }}>
              {translate('hub.self_service.forgot.open')}
            </Button>
          </Box>
          {forgotPassword.element}
        </>
      )}
      {Panel && <Panel onChoose={choose} />}
    </AuthPageLayout>
  );
}
