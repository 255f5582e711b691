import { Checkbox, FormControlLabel } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { PasswordPolicy, type PasswordInput } from './PasswordPolicy';
import { PlainTextField } from '../../core/ui/PlainTextField';

const POLICY_ID = 'password-policy';
const NEXT_ID = 'new-password';

interface NewPasswordFieldsProps {
  input: PasswordInput;
  onChange: (name: 'next' | 'repeat', value: string) => void;
  showPasswords: boolean;
  onShowPasswordsChange: (show: boolean) => void;
  nextError?: string;
}

export function NewPasswordFields({ input, onChange, showPasswords, onShowPasswordsChange, nextError }: NewPasswordFieldsProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.portal.password.${key}`);
  const field = (name: 'next' | 'repeat') => ({
    name,
    value: input[name],
    onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
    type: showPasswords ? 'text' : 'password',
    autoComplete: 'new-password',
    fullWidth: true,
    required: true,
  });

  return (
    <>
      <PlainTextField
        {...field('next')}
        id={NEXT_ID}
        label={t('new')}
        error={Boolean(nextError)}
        helperText={nextError}
        // Replaces MUI's own description (the helper text), so both are named here.
        slotProps={{ htmlInput: { 'aria-describedby': nextError ? `${NEXT_ID}-helper-text ${POLICY_ID}` : POLICY_ID } }}
      />
      <PlainTextField {...field('repeat')} label={t('repeat')} />
      <PasswordPolicy id={POLICY_ID} input={input} />
      <FormControlLabel
        control={<Checkbox checked={showPasswords} onChange={(event) => onShowPasswordsChange(event.target.checked)} />}
        label={t('show')}
      />
    </>
  );
}
