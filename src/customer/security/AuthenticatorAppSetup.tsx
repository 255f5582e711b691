/**
 * Adds an authenticator app: a QR code and the key as text, confirmed by the app's first code.
 * Until that code is accepted nothing is added (the API keeps only an open enrolment).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { apiErrorCode, apiErrorMessage, codeMessage, refusedFields } from '../../core/api/apiErrorMessage';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { digitsOf, useConfirmTotp, useStartTotpEnrolment, type RecoveryCodes } from './securityApi';

interface AuthenticatorAppSetupProps {
  onAdded: (recoveryCodes: RecoveryCodes | null) => void;
}

/** Groups of four, as authenticator apps show keys: easier to read out and type over. */
export const groupedKey = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

const SIX_DIGITS = /^\d{6}$/;

export function AuthenticatorAppSetup({ onAdded }: AuthenticatorAppSetupProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.app.${key}`);
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotp();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string>();
  const [copied, setCopied] = useState(false);
  const started = useRef(false);

  // Once per mount: a second start would replace the QR code the user may be scanning.
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start.mutate();
  }, [start]);

  const restart = () => {
    confirm.reset();
    setCode('');
    start.mutate();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = digitsOf(code);
    const problem = !digits ? t('code_required') : SIX_DIGITS.test(digits) ? undefined : t('code_format');
    setLocalError(problem);
    if (problem) return confirm.reset();
    confirm.mutate(code, { onSuccess: onAdded });
  };

  if (start.isPending || start.isIdle) {
    return (
      <Stack direction="row" spacing={2} alignItems="center" role="status">
        <CircularProgress size={24} aria-hidden />
        <Typography>{t('starting')}</Typography>
      </Stack>
    );
  }
  if (start.isError) {
    return (
      <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => start.mutate()}>{t('start_again')}</Button>}>
        {translate(apiErrorMessage(start.error, { prefix: 'hub.security.app', fallback: 'hub.security.app.start_failed' }))}
      </Alert>
    );
  }

  const enrolment = start.data;
  const expired = apiErrorCode(confirm.error) === 'totp_enrolment_missing';
  const codeRefused = refusedFields(confirm.error).includes('code') || apiErrorCode(confirm.error) === 'totp_code_invalid';
  const fieldError = localError ?? (codeRefused ? translate(codeMessage('totp_code_invalid')) : undefined);
  const formError = confirm.isError && !codeRefused ? translate(apiErrorMessage(confirm.error, { prefix: 'hub.security.app' })) : undefined;

  return (
    <Stack spacing={2} component="form" noValidate onSubmit={submit}>
      <Typography>{t('scan')}</Typography>
      <Box
        component="img"
        src={enrolment.qrCodeDataUrl}
        alt={t('qr_alt')}
        width={200}
        height={200}
        sx={{ alignSelf: 'center', bgcolor: 'common.white', p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}
      />
      <Typography>{t('no_scan')}</Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ xs: 'stretch', sm: 'center' }}>
        <Box
          component="code"
          aria-label={t('key_label')}
          sx={{ flex: 1, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, fontSize: '1.05rem', letterSpacing: '0.05em', overflowWrap: 'anywhere', userSelect: 'all' }}
        >
          {groupedKey(enrolment.secret)}
        </Box>
        <Button
          variant="outlined"
          startIcon={<ContentCopyIcon />}
          onClick={() => void navigator.clipboard?.writeText(enrolment.secret).then(() => setCopied(true), () => undefined)}
        >
          {t('copy')}
        </Button>
      </Stack>
      <Box role="status" sx={{ minHeight: 0 }}>
        {copied && <Typography variant="body2" color="success.main">{t('copied')}</Typography>}
      </Box>
      <Typography>{t('code_step')}</Typography>
      {formError && (
        <Alert severity="error" action={expired ? <Button color="inherit" size="small" onClick={restart}>{t('start_again')}</Button> : undefined}>
          {formError}
        </Alert>
      )}
      <TextField
        name="code"
        label={t('code')}
        required
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setLocalError(undefined);
          confirm.reset();
        }}
        error={Boolean(fieldError)}
        helperText={fieldError ?? t('code_help')}
        slotProps={{ htmlInput: { autoComplete: 'one-time-code', inputMode: 'numeric', maxLength: 10 } }}
        sx={{ maxWidth: 260 }}
      />
      <Button type="submit" variant="contained" disabled={confirm.isPending} sx={{ alignSelf: 'flex-start' }}>
        {confirm.isPending ? t('confirming') : t('confirm')}
      </Button>
    </Stack>
  );
}
