import Box from '@mui/material/Box';
import { AccountPanel } from './AccountPanel';

/** The right panel of the contact's detail page (below the details on a phone). */
export function ContactAside() {
  return (
    <Box sx={{ width: { xs: '100%', md: 320 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      <AccountPanel />
    </Box>
  );
}
