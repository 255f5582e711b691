/** One field for login and forgot-password, so autofill and password managers treat both alike. */
import { PlainTextField, type PlainTextFieldProps } from '../../core/ui/PlainTextField';

export function UsernameField(props: PlainTextFieldProps) {
  return <PlainTextField type="email" name="username" autoComplete="username" autoFocus required fullWidth {...props} />;
}
