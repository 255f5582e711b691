import Link from '@mui/material/Link';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { outboxPaths } from '../outboxPaths';

export function BulkResultOutboxLink() {
  const translate = useTranslate();
  return (
    <>
      {' '}
      <Link href={`#${outboxPaths.list}`} target="_blank" rel="noopener">
        {translate('hub.outbox.bulk_result_link')}
      </Link>
    </>
  );
}
