import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useLocale, useTranslate } from '../../../core/i18n/LocaleProvider';
import { actorLabel, eventTypeLabel } from '../../audit/auditEvent';
import { formatDateTime } from '../../../core/ui/format';
import type { AccountEvent } from '../../../core/api/types';

export function AccountEventItem({ event }: { event: AccountEvent }) {
  const translate = useTranslate();
  const [locale] = useLocale();
  return (
    <Box component="li" sx={{ borderLeft: 2, borderColor: 'divider', pl: 1.5, pb: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {eventTypeLabel(translate, event.type)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
        {' · '}
        {translate('hub.account_lifecycle.timeline.by', { actor: actorLabel(translate, event) })}
      </Typography>
    </Box>
  );
}
