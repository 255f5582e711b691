import { Alert, Box, LinearProgress, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { OutboxMail } from '../../core/api/types';
import { apiErrorCode } from '../../core/api/apiErrorMessage';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { formatDateTime } from '../../core/ui/format';
import { MailKindChip } from './MailKindChip';
import { MailHtml, MailText } from './MailBody';
import { outboxMailQuery } from './outboxQueries';

type View = 'html' | 'text';

export function OutboxMailView({ id }: { id: string }) {
  const translate = useTranslate();
  const { data: mail, isPending, error } = useQuery(outboxMailQuery(id));
  const notFound = apiErrorCode(error) === 'not_found';
  if (isPending) return <LinearProgress aria-label={translate('hub.loading')} />;
  if (error || !mail) {
    return (
      <Alert severity={notFound ? 'info' : 'error'} sx={{ m: 2 }}>
        {translate(notFound ? 'hub.outbox.not_found' : 'hub.outbox.load_error')}
      </Alert>
    );
  }
  return <MailReader key={mail.id} mail={mail} />;
}

function MailReader({ mail }: { mail: OutboxMail }) {
  const translate = useTranslate();
  const [locale] = useLocale();
  const [view, setView] = useState<View>('html');
  const field = (name: string) => translate(`resources.outbox.fields.${name}`);
  return (
    <Stack component="article" aria-labelledby="outbox-mail-subject" sx={{ flex: 1, minHeight: 0 }}>
      <Box sx={{ px: { xs: 2, sm: 3 }, pt: 2 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography id="outbox-mail-subject" variant="h5" component="h2" sx={{ flex: 1, overflowWrap: 'anywhere' }}>
            {mail.subject}
          </Typography>
          <MailKindChip kind={mail.kind} />
        </Stack>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {field('to')}: {mail.to}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {field('sentAt')}: {formatDateTime(mail.sentAt, locale)}
        </Typography>
        <Tabs value={view} onChange={(_, next: View) => setView(next)} aria-label={translate('hub.outbox.views')} sx={{ mt: 1 }}>
          <Tab value="html" label={translate('hub.outbox.view_html')} id="outbox-tab-html" aria-controls="outbox-panel" />
          <Tab value="text" label={translate('hub.outbox.view_text')} id="outbox-tab-text" aria-controls="outbox-panel" />
        </Tabs>
      </Box>
      <Box
        id="outbox-panel"
        role="tabpanel"
        aria-labelledby={`outbox-tab-${view}`}
        sx={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column', borderTop: 1, borderColor: 'divider' }}
      >
        {view === 'html' ? <MailHtml mail={mail} /> : <MailText mail={mail} />}
      </Box>
    </Stack>
  );
}
