import { cleanup, render } from '@testing-library/react';
import TextField from '@mui/material/TextField';
import { InputAdornment } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { ReactElement } from 'react';
import { hubTheme } from '../../app/theme';
import { PlainTextField, type PlainTextFieldProps } from './PlainTextField';

const theme = createTheme(hubTheme);
const noop = () => undefined;
/** The markup with React's generated ids made alike; emotion's class names stay (they hash the styles). */
function html(field: ReactElement): string {
  const { container } = render(<ThemeProvider theme={theme}>{field}</ThemeProvider>);
  const markup = container.innerHTML.replace(/«r[0-9a-z]+»|:r[0-9a-z]+:|_r_[0-9a-z]+_/g, 'ID');
  cleanup();
  return markup;
}

test.each<[string, Omit<PlainTextFieldProps, 'onChange'>]>([
  ['a required, refused e-mail field with focus', { label: 'E-mail', type: 'email', name: 'username', autoComplete: 'username webauthn', autoFocus: true, required: true, fullWidth: true, value: 'a@b', error: true }],
  ['an empty field with a helper text', { label: 'E-mail', value: '', helperText: 'Verplicht', error: true, required: true }],
  ['a password field with an end adornment', { label: 'Wachtwoord', type: 'password', name: 'password', value: 'x', required: true, slotProps: { input: { endAdornment: <InputAdornment position="end">x</InputAdornment> } } }],
  ['a field with its own id and description', { id: 'new-password', label: 'Nieuw', value: 'x', helperText: 'Te kort', error: true, slotProps: { htmlInput: { 'aria-describedby': 'new-password-helper-text policy' } } }],
  ['a read-only field', { label: 'E-mail', name: 'username', value: 'a@b', slotProps: { htmlInput: { readOnly: true } } }],
])('renders what MUI’s TextField renders in the app’s theme: %s', (_, props) => {
  expect(html(<PlainTextField {...props} onChange={noop} />)).toBe(html(<TextField {...props} onChange={noop} />));
});
