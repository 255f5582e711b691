/** Always the same neutral answer, whether or not an account exists, so the form cannot reveal
 * who has one; only a failed request (network, server) says otherwise. */
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { UsernameField } from './UsernameField';
import { useState, type FormEvent } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { authProvider } from '../../core/session/authProvider';
import { apiErrorMessage } from '../../core/api/apiErrorMessage';

/** Deliberately loose (something@something.tld): the API decides what exists. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function usernameProblem(username: string): string | undefined {
  if (!username.trim()) return 'required';
  if (!EMAIL_SHAPE.test(username.trim())) return 'invalid_email';
  return undefined;
}

interface ForgotPasswordDialogProps {
  open: boolean;
  onClose: () => void;
  initialUsername: string;
}

export function ForgotPasswordDialog({ open, onClose, initialUsername }: ForgotPasswordDialogProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.self_service.forgot.${key}`);
  const [username, setUsername] = useState(initialUsername);
  const [problem, setProblem] = useState<string>();
  const [failure, setFailure] = useState<string | null>(null);
  const [state, setState] = useState<'editing' | 'sending' | 'sent'>('editing');

  const change = (value: string) => {
    setUsername(value);
    // Once a problem was shown, it follows the typing (and disappears when solved).
    if (problem) setProblem(usernameProblem(value));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = usernameProblem(username);
    setProblem(found);
    if (found) return;
    setFailure(null);
    setState('sending');
    try {
      await authProvider.forgotPassword(username);
      setState('sent');
    } catch (error) {
      setFailure(apiErrorMessage(error, { prefix: 'hub.self_service.forgot' }));
      setState('editing');
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{t('title')}</DialogTitle>
      {state === 'sent' ? (
        <>
          <DialogContent>
            <Alert severity="info" role="status">
              {t('neutral')}
            </Alert>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} variant="contained" autoFocus>
              {t('close')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DialogContent sx={{ pt: 0 }}>
            <Stack spacing={2}>
              <Typography color="text.secondary">{t('intro')}</Typography>
              {failure && (
                <Alert severity="error" role="alert">
                  {translate(failure)}
                </Alert>
              )}
              <UsernameField
                label={t('username')}
                value={username}
                onChange={(event) => change(event.target.value)}
                error={Boolean(problem)}
                helperText={problem && t(problem)}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('cancel')}</Button>
            <Button type="submit" variant="contained" disabled={state === 'sending'}>
              {t(state === 'sending' ? 'sending' : 'submit')}
            </Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
