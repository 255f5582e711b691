import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Alert, Button, IconButton, InputAdornment, Stack } from '@mui/material';
import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { authProvider, type SecondStep } from '../../core/session/authProvider';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { apiErrorCode } from '../../core/api/apiErrorMessage';
import { PlainTextField } from '../../core/ui/PlainTextField';
import { loginErrorMessage } from './loginErrorMessage';
import { UsernameField } from './UsernameField';

export interface Credentials {
  username: string;
  password: string;
}

interface LoginFormProps {
  credentials: Credentials;
  onChange: (credentials: Credentials) => void;
  onForgotPassword: () => void;
  /** Said on this form from elsewhere (a passkey, an ended second step) until the next submit. */
  notice: string | null;
  onSubmit: () => void;
  onLoggedIn: (redirectTo: string) => Promise<void>;
  onSecondStep: (step: SecondStep) => void;
  nextPath: string | undefined;
}

/** The password's mutation: the page ends its passkey autofill while one is under way. */
export const PASSWORD_LOGIN_KEY = ['login', 'password'];

/** After this many refusals in a row the form says a lock may follow, and offers a new password. */
const FAILURES_BEFORE_HINT = 3;

export function LoginForm({ credentials, onChange, onForgotPassword, notice, onSubmit, onLoggedIn, onSecondStep, nextPath }: LoginFormProps) {
  const translate = useTranslate();
  const [missing, setMissing] = useState<{ username: boolean; password: boolean } | null>(null);
  const [showPassword, setShowPassword] = useState(false);
  const [failures, setFailures] = useState(0);
  const usernameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  const login = useMutation({
    mutationKey: PASSWORD_LOGIN_KEY,
    mutationFn: (typed: Credentials) => authProvider.login({ ...typed, nextPath }),
    onError: (failure) => setFailures((count) => (apiErrorCode(failure) === 'invalid_credentials' ? count + 1 : count)),
    onSuccess: (result) => ('secondStep' in result ? onSecondStep(result.secondStep) : onLoggedIn(result.redirectTo)),
  });
  const refused = notice ?? (login.isError ? loginErrorMessage(login.error) : null);
  const lockMayFollow = refused === 'hub.errors.invalid_credentials' && failures >= FAILURES_BEFORE_HINT;
  const error = missing ? 'hub.login.required' : lockMayFollow ? 'hub.login.repeated_failures' : refused;
  const offersNewPassword = !missing && (lockMayFollow || refused === 'hub.login.too_many_attempts');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
    const empty = { username: !credentials.username.trim(), password: !credentials.password };
    const incomplete = empty.username || empty.password;
    setMissing(incomplete ? empty : null);
    if (incomplete) {
      (empty.username ? usernameInput : passwordInput).current?.focus();
      return login.reset();
    }
    login.mutate(credentials);
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      {error && (
        <Alert
          severity="error"
          role="alert"
          action={
            offersNewPassword ? (
              <Button color="inherit" size="small" onClick={onForgotPassword}>
                {translate('hub.self_service.forgot.open')}
              </Button>
            ) : undefined
          }
        >
          {translate(error)}
        </Alert>
      )}
      <UsernameField
        // The browser may offer the account's passkeys here (WebAuthn conditional mediation).
        autoComplete="username webauthn"
        // Back from the second step the address is still there: the password is what to type.
        autoFocus={!credentials.username}
        label={translate('hub.login.username')}
        value={credentials.username}
        inputRef={usernameInput}
        error={missing?.username}
        onChange={(event) => onChange({ ...credentials, username: event.target.value })}
      />
      <PlainTextField
        label={translate('hub.login.password')}
        type={showPassword ? 'text' : 'password'}
        name="password"
        autoComplete="current-password"
        autoFocus={!!credentials.username}
        required
        fullWidth
        value={credentials.password}
        inputRef={passwordInput}
        error={missing?.password}
        onChange={(event) => onChange({ ...credentials, password: event.target.value })}
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  aria-label={translate(showPassword ? 'hub.login.hide_password' : 'hub.login.show_password')}
                  onClick={() => setShowPassword((shown) => !shown)}
                >
                  {showPassword ? <VisibilityOffIcon /> : <VisibilityIcon />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Button type="submit" variant="contained" size="large" disabled={login.isPending}>
        {translate(login.isPending ? 'hub.login.submitting' : 'hub.login.submit')}
      </Button>
    </Stack>
  );
}
