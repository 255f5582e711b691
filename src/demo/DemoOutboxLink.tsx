/**
 * Demo mode: where the demo's mails (welcome, password reset) can be read. Shown with the demo
 * accounts on the login page; the back office has it in its menu.
 */
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { outboxPaths } from '../outbox/outboxRoutes';
import { isDemoMode } from '../providers/apiUrl';

export function DemoOutboxLink() {
  const translate = useTranslate();
  if (!isDemoMode) return null;
  return (
    <section aria-labelledby="demo-outbox-heading">
      <Typography id="demo-outbox-heading" variant="subtitle1" component="h2" fontWeight={600}>
        {translate('hub.outbox.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('hub.outbox.login_intro')}
      </Typography>
      <Button component={Link} to={outboxPaths.list} size="small" variant="outlined" startIcon={<MailOutlineIcon />}>
        {translate('hub.outbox.open')}
      </Button>
    </section>
  );
}
