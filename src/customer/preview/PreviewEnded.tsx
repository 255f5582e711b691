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
