import { useMediaQuery, type Theme } from '@mui/material';
import { Logout, useGetIdentity, UserMenu } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useBackOfficeSlots } from '../../core/plugins';

export function HubUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { UserMenuItems } = useBackOfficeSlots();
  // Wide, the button shows the name, so its label starts with it (WCAG 2.5.3 Label in Name);
  // narrow, it is an icon and UserMenu needs a translation key.
  const showsName = useMediaQuery((theme: Theme) => theme.breakpoints.up('sm'));
  const label = showsName && identity?.fullName ? translate('hub.menu.user_of', { name: identity.fullName }) : 'hub.menu.user';
  return (
    <UserMenu label={label}>
      {UserMenuItems && <UserMenuItems />}
      <Logout />
    </UserMenu>
  );
}
