/**
 * The email address a user logs in with, as one field for the login form and the forgot-password
 * dialog, so browsers' autofill and password managers treat both alike.
 */
import TextField, { type TextFieldProps } from '@mui/material/TextField';

export function UsernameField(props: TextFieldProps) {
  return <TextField type="email" name="username" autoComplete="username" autoFocus required fullWidth {...props} />;
}
