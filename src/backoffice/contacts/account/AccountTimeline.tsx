import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { AccountEventItem } from './AccountEventItem';
import { useAccountEvents } from './api';

const PAGE_SIZE = 10;

export function AccountTimeline({ accountId }: { accountId: number }) {
  const translate = useTranslate();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { data, isPending, isError, isFetching, refetch } = useAccountEvents(accountId, limit);
  const t = (key: string) => translate(`hub.account_lifecycle.timeline.${key}`);

  return (
    <Box component="section" aria-labelledby="account-timeline-title" sx={{ mt: 3 }}>
      <Typography id="account-timeline-title" variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        {t('title')}
      </Typography>
      {isPending ? (
        <Box role="status" aria-label={t('loading')}>
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} variant="text" height={44} />
          ))}
        </Box>
      ) : isError && !data ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('failed')}
        </Alert>
      ) : data.data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('empty')}
        </Typography>
      ) : (
        <>
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {data.data.map((event) => (
              <AccountEventItem key={event.id} event={event} />
            ))}
          </Box>
          {(data.total ?? 0) > data.data.length && (
            <Button size="small" sx={{ mt: 1 }} loading={isFetching} onClick={() => setLimit(limit + PAGE_SIZE)}>
              {t('showMore')}
            </Button>
          )}
        </>
      )}
    </Box>
  );
}
