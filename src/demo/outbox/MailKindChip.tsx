import { Chip } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import type { OutboxMail } from '../../core/api/types';

export function MailKindChip({ kind }: { kind: OutboxMail['kind'] }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={kind === 'welcome' ? 'primary' : 'secondary'}
      label={translate(`hub.outbox.kinds.${kind}`)}
    />
  );
}
