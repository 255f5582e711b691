/** Adds a passkey: a name the user knows it by, then the browser's own prompt. */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { apiErrorMessage } from '../../core/api/apiErrorMessage';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { isCancelledPrompt, useAddPasskey, type RecoveryCodes } from './securityApi';

interface PasskeySetupProps {
  onAdded: (recoveryCodes: RecoveryCodes | null, name: string) => void;
}

const NAME_MAX = 60;

/** What the browser said, where it is not the API's answer. */
function browserRefusal(error: unknown): 'cancelled' | 'already_on_device' | undefined {
  if (isCancelledPrompt(error)) return 'cancelled';
  const named = error as { name?: string; code?: string } | null;
  if (named?.name === 'InvalidStateError' || named?.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'already_on_device';
  return undefined;
}

export function PasskeySetup({ onAdded }: PasskeySetupProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.passkey.${key}`);
  const add = useAddPasskey();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const problem = !trimmed ? t('name_required') : trimmed.length > NAME_MAX ? t('name_too_long') : undefined;
    setNameError(problem);
    if (problem) return add.reset();
    add.mutate(trimmed, { onSuccess: (codes) => onAdded(codes, trimmed) });
  };

  const refusal = add.isError ? browserRefusal(add.error) : undefined;
  return (
    <Stack spacing={2} component="form" noValidate onSubmit={submit}>
      {refusal === 'cancelled' && <Alert severity="info" role="status">{t('cancelled')}</Alert>}
      {refusal === 'already_on_device' && <Alert severity="warning">{t('already_on_device')}</Alert>}
      {add.isError && !refusal && (
        <Alert severity="error">{translate(apiErrorMessage(add.error, { prefix: 'hub.security.passkey' }))}</Alert>
      )}
      <TextField
        name="passkeyName"
        label={t('name')}
        required
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameError(undefined);
        }}
        error={Boolean(nameError)}
        helperText={nameError ?? t('name_help')}
        slotProps={{ htmlInput: { maxLength: NAME_MAX + 20, autoComplete: 'off' } }}
      />
      <Button type="submit" variant="contained" disabled={add.isPending} sx={{ alignSelf: 'flex-start' }}>
        {add.isPending ? t('creating') : t('create')}
      </Button>
    </Stack>
  );
}
