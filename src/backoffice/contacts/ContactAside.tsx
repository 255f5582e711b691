import Box from '@mui/material/Box';
import { AccountPanel } from './AccountPanel';

/**
 * The right panel of the contact's detail page (below the details on a phone); on wide screens
 * wide enough for the account actions' labels on one line.
 */
export function ContactAside() {
  return (
    <Box sx={{ width: { xs: '100%', md: 320, lg: 380 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      <AccountPanel />
    </Box>
  );
}
