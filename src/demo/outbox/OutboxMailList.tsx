import {
  Alert,
  Box,
  Button,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import type { OutboxMail } from '../../core/api/types';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { cachedIntl, intlLocale } from '../../core/ui/format';
import { MailKindChip } from './MailKindChip';
import { outboxListQuery } from './outboxQueries';

export function OutboxMailList({ selectedId }: { selectedId?: string }) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  // Typing stays quick: the list follows the search box when React has time for it.
  const query = useDeferredValue(text.trim());
  const { data: page, isPending, error, refetch } = useQuery(outboxListQuery(query));
  const { mails: data = [], total = 0 } = page ?? {};
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 2 }}>
        {translate('hub.outbox.intro')}
      </Typography>
      <Box sx={{ p: 2 }}>
        <TextField
          type="search"
          size="small"
          fullWidth
          label={translate('hub.outbox.search')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </Box>
      {isPending && <LinearProgress aria-label={translate('hub.loading')} />}
      {error && (
        <Alert severity="error" sx={{ mx: 2 }} action={<Button color="inherit" size="small" onClick={() => refetch()}>{translate('hub.errors.retry')}</Button>}>
          {translate('hub.outbox.load_error')}
        </Alert>
      )}
      {!isPending && !error && data.length === 0 && (
        <Typography sx={{ px: 2, py: 3 }} color="text.secondary">
          {translate(query ? 'hub.outbox.no_match' : 'hub.outbox.empty')}
        </Typography>
      )}
      {data.length > 0 && (
        <List disablePadding aria-label={translate('hub.outbox.list_label')}>
          {data.map((mail) => (
            <MailListItem key={mail.id} mail={mail} selected={String(mail.id) === selectedId} />
          ))}
        </List>
      )}
      {total > data.length && (
        <Typography variant="caption" component="p" color="text.secondary" sx={{ p: 2 }}>
          {translate('hub.outbox.more', { shown: data.length, total })}
        </Typography>
      )}
    </Box>
  );
}

function MailListItem({ mail, selected }: { mail: OutboxMail; selected: boolean }) {
  const [locale] = useLocale();
  const sentAt = cachedIntl(`sent|${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(mail.sentAt));
  return (
    <ListItem disablePadding divider>
      <ListItemButton
        component={Link}
        to={`/outbox/${mail.id}`}
        selected={selected}
        aria-current={selected ? 'page' : undefined}
        sx={{ display: 'block', py: 1.25 }}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', minWidth: 0 }}>
          <Typography variant="body2" fontWeight={600} noWrap sx={{ flex: 1, minWidth: 0 }}>
            {mail.to}
          </Typography>
          <Typography variant="caption" color="text.secondary" noWrap>
            {sentAt}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 0.5, minWidth: 0 }}>
          <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }}>
            {mail.subject}
          </Typography>
          <MailKindChip kind={mail.kind} />
        </Stack>
      </ListItemButton>
    </ListItem>
  );
}
