import Box from '@mui/material/Box';
import { AccountPanel } from './AccountPanel';

export function ContactAside() {
  return (
    <Box sx={{ width: { xs: '100%', md: 320, lg: 380 }, flexShrink: 0, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
      <AccountPanel />
    </Box>
  );
}
