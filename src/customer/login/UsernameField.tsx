/** One field for login and forgot-password, so autofill and password managers treat both alike. */
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export function UsernameField(props: TextFieldProps) {
  return <TextField type="email" name="username" autoComplete="username" autoFocus required fullWidth {...props} />;
}
