/** The back-office user menu: who is logged in, the plug-in's items ("reset demo data") and log out. */
import { useMediaQuery, type Theme } from '@mui/material';
import { Logout, useGetIdentity, UserMenu } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useBackOfficeSlots } from '../../core/plugins';

export function HubUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { UserMenuItems } = useBackOfficeSlots();
  // From 600 px on, UserMenu shows the staff member's name on its button, so the button's name
  // starts with it (WCAG 2.5.3 Label in Name); it keeps a label that is no key as it is. Below,
  // the button is an icon and UserMenu needs a key ("Profile" for anything else).
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  const label = showsName && identity?.fullName ? translate('hub.menu.user_of', { name: identity.fullName }) : 'hub.menu.user';
  return (
    <UserMenu label={label}>
      {UserMenuItems && <UserMenuItems />}
      <Logout />
    </UserMenu>
  );
}
