/** One theme for back office, portal and login: react-admin's default with the Hub's blue. */
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
    // With no row selected, react-admin only clips the bulk bar to height 0: its buttons stayed
    // reachable by Tab while unseen, and lay over the list's Export button and column headers.
    RaBulkActionsToolbar: { styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } } },
  },
};
