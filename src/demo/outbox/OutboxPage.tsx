/** The mail's id is in the URL (`/outbox/:id`), so a mail can be linked to and reloaded. */
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Paper, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { Link, useParams } from 'react-router';
import { OutboxAppBar } from './OutboxAppBar';
import { OutboxMailList } from './OutboxMailList';
import { OutboxMailView } from './OutboxMailView';
import { outboxPaths } from '../outboxPaths';

const APP_BAR_HEIGHT = 64;

export function OutboxPage() {
  const { id } = useParams<{ id: string }>();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'grey.100' }}>
      <OutboxAppBar />
      <Box component="main" sx={{ flex: 1, display: 'flex', minHeight: 0 }}>
        {isPhone ? <PhoneOutbox id={id} /> : <WideOutbox id={id} />}
      </Box>
    </Box>
  );
}

function WideOutbox({ id }: { id?: string }) {
  const translate = useTranslate();
  const height = `calc(100vh - ${APP_BAR_HEIGHT}px)`;
  return (
    <>
      <Paper square elevation={0} sx={{ width: 380, flexShrink: 0, height, overflowY: 'auto', borderRight: 1, borderColor: 'divider' }}>
        <OutboxMailList selectedId={id} />
      </Paper>
      <Paper square elevation={0} sx={{ flex: 1, minWidth: 0, height, overflowY: 'auto', display: 'flex', flexDirection: 'column' }}>
        {id ? (
          <OutboxMailView id={id} />
        ) : (
          <Typography color="text.secondary" sx={{ m: 'auto', p: 3 }}>
            {translate('hub.outbox.choose')}
          </Typography>
        )}
      </Paper>
    </>
  );
}

function PhoneOutbox({ id }: { id?: string }) {
  const translate = useTranslate();
  if (!id) {
    return (
      <Paper square elevation={0} sx={{ flex: 1 }}>
        <OutboxMailList />
      </Paper>
    );
  }
  return (
    <Paper square elevation={0} sx={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
      <Box sx={{ px: 1, pt: 1 }}>
        <Button component={Link} to={outboxPaths.list} startIcon={<ArrowBackIcon />}>
          {translate('hub.outbox.back')}
        </Button>
      </Box>
      <OutboxMailView id={id} />
    </Paper>
  );
}
