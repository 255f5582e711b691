/**
 * The back-office menu: react-admin's resource items (each shown only to roles that may list
 * it, so "Audit" only to Beheerders), plus the demo outbox in demo mode.
 */
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { Menu } from 'react-admin';
import { outboxPaths } from '../../demo/outbox/outboxPaths';

export function HubMenu() {
  return (
    <Menu>
      <Menu.ResourceItems />
      {__DEMO__ && <Menu.Item to={outboxPaths.list} primaryText="hub.outbox.title" leftIcon={<MailOutlineIcon />} />}
    </Menu>
  );
}
