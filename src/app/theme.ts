import { defaultTheme, type RaThemeOptions } from 'react-admin';

export const hubTheme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#1d4f91' },
    secondary: { main: '#0f6b5c' },
  },
  shape: { borderRadius: 8 },
  components: {
    ...defaultTheme.components,
    // react-admin only clips the empty bulk bar: its buttons stayed reachable by Tab while unseen.
    RaBulkActionsToolbar: { styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } } },
  },
};
