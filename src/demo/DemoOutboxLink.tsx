import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { Button } from '@mui/material';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { Link } from 'react-router';
import { outboxPaths } from './outboxPaths';
import { DemoSection } from './DemoSection';

export function DemoOutboxLink() {
  const translate = useTranslate();
  return (
    <DemoSection title={translate('hub.outbox.title')} intro={translate('hub.outbox.login_intro')}>
      <Button component={Link} to={outboxPaths.list} size="small" variant="outlined" startIcon={<MailOutlineIcon />}>
        {translate('hub.outbox.open')}
      </Button>
    </DemoSection>
  );
}
