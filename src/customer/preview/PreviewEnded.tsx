/** A preview tab whose session is gone: only the banner, saying so, with a new preview or the way back. */
import { Box } from '@mui/material';
import type { PreviewTab } from '../../core/session/previewTab';
import { PreviewBanner } from './PreviewBanner';

export function PreviewEnded({ tab }: { tab: PreviewTab }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <PreviewBanner tab={tab} />
    </Box>
  );
}
