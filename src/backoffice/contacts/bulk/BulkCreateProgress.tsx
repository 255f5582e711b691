import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { BulkProgress } from './useBulkCreate';

export function BulkCreateProgress({ progress }: { progress: BulkProgress }) {
  const translate = useTranslate();
  const count = translate('hub.bulk_accounts.progress_count', progress);
  return (
    <Box sx={{ mb: 2 }}>
      <LinearProgress
        variant="determinate"
        value={progress.total === 0 ? 100 : (100 * progress.done) / progress.total}
        aria-label={translate('hub.bulk_accounts.progress')}
        aria-valuetext={count}
      />
      <Typography variant="body2" sx={{ mt: 0.5 }} role="status">
        {count}
      </Typography>
    </Box>
  );
}
