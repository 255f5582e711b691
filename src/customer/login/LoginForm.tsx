import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Alert, Button, IconButton, InputAdornment, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { authProvider } from '../../core/session/authProvider';
import type { ReturnTo } from '../../core/session/endSession';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { loginErrorMessage } from './loginErrorMessage';
import { UsernameField } from './UsernameField';

export interface Credentials {
  username: string;
  password: string;
}

interface LoginFormProps {
  credentials: Credentials;
  onChange: (credentials: Credentials) => void;
}

function useNextPath(): string | undefined {
  const state = useLocation().state as Partial<ReturnTo> | null;
  return state?.nextPathname ? `${state.nextPathname}${state.nextSearch ?? ''}` : undefined;
}

export function LoginForm({ credentials, onChange }: LoginFormProps) {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const nextPath = useNextPath();
  const [missing, setMissing] = useState(false);
  const [showPassword, setShowPassword] = useState(false);
  const login = useMutation({
    mutationFn: (typed: Credentials) => authProvider.login({ ...typed, nextPath }),
    onSuccess: async ({ redirectTo }) => {
      // Nothing the last user's pages asked for stays in this tab.
      queryClient.clear();
      await navigate(redirectTo, { replace: true });
    },
  });
  const error = missing ? 'hub.login.required' : login.isError ? loginErrorMessage(login.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const incomplete = !credentials.username.trim() || !credentials.password;
    setMissing(incomplete);
    if (incomplete) return login.reset();
    login.mutate(credentials);
  };

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      {error && (
        <Alert severity="error" role="alert">
          {translate(error)}
        </Alert>
      )}
      <UsernameField
        label={translate('hub.login.username')}
        value={credentials.username}
        onChange={(event) => onChange({ ...credentials, username: event.target.value })}
      />
      <TextField
        label={translate('hub.login.password')}
        type={showPassword ? 'text' : 'password'}
        name="password"
        autoComplete="current-password"
        required
        fullWidth
        value={credentials.password}
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
