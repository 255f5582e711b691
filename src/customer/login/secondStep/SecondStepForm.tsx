/**
 * The login's second step, after a right password: a code from the authenticator app, the
 * account's passkey, or a recovery code. What the user typed stays through every refusal; an
 * ended step (5 minutes, a lock) goes back to the password with why.
 */
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useCatalogue } from '../../../core/i18n/useCatalogue';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { usePlugin } from '../../../core/plugins';
import type { LoginResponse, SecondStep } from '../../../core/session/authProvider';
import { apiErrorCode } from '../../../core/api/apiErrorMessage';
import { secondFactorErrorMessage } from '../loginErrorMessage';
import { canUsePasskeys } from '../usePasskeyLogin';
import { secondStepCatalogue } from './i18n';
import { answerSecondStep, logInWithPasskey, type CodeMethod } from './loginCalls';

interface SecondStepFormProps {
  step: SecondStep;
  username: string;
  onSession: (answer: LoginResponse) => Promise<void>;
  /** Back to the password step, saying why (a message key), or null when the user chose to. */
  onBack: (why: string | null) => void;
}

type Way = CodeMethod | 'passkey';

/** The app's code as typed or pasted ("123 456"): its digits. */
const digitsOf = (code: string) => code.replace(/\s+/g, '');
const RECOVERY_MAX = 32;

/** These end the second step (the API has ended its token): the login starts again with the password. */
const ENDS_THE_STEP = ['second_step_expired', 'too_many_attempts', 'invalid_credentials'];

function firstWay(methods: SecondStep['methods']): Way {
  if (methods.includes('totp')) return 'totp';
  return methods.includes('passkey') && canUsePasskeys() ? 'passkey' : 'recovery';
}

export function SecondStepForm({ step, username, onSession, onBack }: SecondStepFormProps) {
  useCatalogue(secondStepCatalogue);
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, string>) => translate(`hub.second_step.${key}`, options);
  const { AppCodeHint } = usePlugin().login ?? {};
  const [way, setWay] = useState<Way>(() => firstWay(step.methods));
  const [typed, setTyped] = useState<Record<CodeMethod, string>>({ totp: '', recovery: '' });
  const [fieldError, setFieldError] = useState<string>();
  const prompt = useRef<AbortController>(null);
  useEffect(() => () => prompt.current?.abort(), []);

  const refused = (error: unknown) => {
    if (ENDS_THE_STEP.includes(apiErrorCode(error) ?? '')) onBack(secondFactorErrorMessage(error));
  };
  const code = useMutation({
    mutationFn: ({ method, value }: { method: CodeMethod; value: string }) => answerSecondStep(step.secondStepToken, method, value),
    onSuccess: onSession,
    onError: refused,
  });
  const passkey = useMutation({
    mutationFn: () => {
      prompt.current = new AbortController();
      return logInWithPasskey({ secondStepToken: step.secondStepToken, signal: prompt.current.signal });
    },
    onSuccess: (answer) => answer && onSession(answer),
    onError: refused,
  });
  const failure = code.isError ? code.error : passkey.isError ? passkey.error : null;
  const pending = code.isPending || passkey.isPending;

  const choose = (next: Way) => {
    setWay(next);
    setFieldError(undefined);
    code.reset();
    passkey.reset();
  };
  const startPasskey = () => {
    code.reset();
    passkey.mutate();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (way === 'passkey') return;
    const value = way === 'totp' ? digitsOf(typed.totp) : typed.recovery.trim();
    const problem = !value
      ? t(way === 'totp' ? 'code_required' : 'recovery_required')
      : way === 'totp' && !/^\d{6}$/.test(value)
        ? t('code_format')
        : undefined;
    setFieldError(problem);
    passkey.reset();
    if (problem) return code.reset();
    code.mutate({ method: way, value });
  };

  const passkeyOffered = step.methods.includes('passkey') && canUsePasskeys();
  const others = ([
    ['totp', 'use_app'],
    ['recovery', 'use_recovery'],
  ] as const).filter(([method]) => method !== way && step.methods.includes(method));

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-labelledby="second-step-title">
      <div>
        <Typography variant="h6" component="h2" id="second-step-title" gutterBottom>
          {t('title')}
        </Typography>
        <Typography color="text.secondary">{t('signing_in_as', { username })}</Typography>
      </div>
      {failure !== null && (
        <Alert severity="error" role="alert">
          {translate(secondFactorErrorMessage(failure))}
        </Alert>
      )}
      <Typography>{t(`${way}_intro`)}</Typography>
      {way === 'totp' && (
        <TextField
          key="totp"
          name="one-time-code"
          label={t('code')}
          required
          autoFocus
          autoComplete="one-time-code"
          value={typed.totp}
          error={!!fieldError}
          helperText={fieldError ?? t('code_help')}
          onChange={(event) => setTyped((current) => ({ ...current, totp: event.target.value }))}
          slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12, spellCheck: false } }}
        />
      )}
      {way === 'totp' && AppCodeHint && (
        <Suspense fallback={null}>
          <AppCodeHint username={username} />
        </Suspense>
      )}
      {way === 'recovery' && (
        <TextField
          key="recovery"
          name="recovery-code"
          label={t('recovery_code')}
          required
          autoFocus
          autoComplete="off"
          value={typed.recovery}
          error={!!fieldError}
          helperText={fieldError ?? t('recovery_help')}
          onChange={(event) => setTyped((current) => ({ ...current, recovery: event.target.value }))}
          slotProps={{ htmlInput: { maxLength: RECOVERY_MAX, autoCapitalize: 'characters', spellCheck: false } }}
        />
      )}
      {way !== 'passkey' && (
        <Button type="submit" variant="contained" size="large" disabled={pending}>
          {t(code.isPending ? 'submitting' : 'submit')}
        </Button>
      )}
      {passkeyOffered && (
        <Button
          variant={way === 'passkey' ? 'contained' : 'outlined'}
          size="large"
          autoFocus={way === 'passkey'}
          disabled={pending}
          onClick={startPasskey}
        >
          {t(passkey.isPending ? 'passkey_waiting' : 'use_passkey')}
        </Button>
      )}
      {others.map(([method, label]) => (
        <Button key={method} onClick={() => choose(method)} sx={{ alignSelf: 'flex-start' }}>
          {t(label)}
        </Button>
      ))}
      <Button onClick={() => onBack(null)} sx={{ alignSelf: 'flex-start' }}>
        {t('back')}
      </Button>
    </Stack>
  );
}
