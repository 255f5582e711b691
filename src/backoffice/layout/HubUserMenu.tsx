/** The back-office user menu: who is logged in, "reset demo data" (demo only) and log out. */
import { useMediaQuery, type Theme } from '@mui/material';
import { Logout, useGetIdentity, UserMenu, useTranslate } from 'react-admin';
import { ResetDemoDataMenuItem } from '../../demo/ResetDemoDataButton';

export function HubUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // From 600 px on, UserMenu shows the staff member's name on its button, so the button's name
  // starts with it (WCAG 2.5.3 Label in Name); it keeps a label that is no key as it is. Below,
  // the button is an icon and UserMenu needs a key ("Profile" for anything else).
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  const label = showsName && identity?.fullName ? translate('hub.menu.user_of', { name: identity.fullName }) : 'hub.menu.user';
  return (
    <UserMenu label={label}>
      {__DEMO__ && <ResetDemoDataMenuItem />}
      <Logout />
    </UserMenu>
  );
}
