/** The back-office user menu: who is logged in, "reset demo data" (demo only) and log out. */
import { Logout, useGetIdentity, UserMenu, useTranslate } from 'react-admin';
import { ResetDemoDataMenuItem } from '../demo/ResetDemoDataButton';
import { isDemoMode } from '../providers/apiUrl';

export function HubUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // On wider screens the button shows the staff member's name: its accessible name starts with
  // it (WCAG 2.5.3 Label in Name). UserMenu passes a label that is no key through unchanged.
  const label = identity?.fullName ? translate('hub.menu.user_of', { name: identity.fullName }) : 'hub.menu.user';
  return (
    <UserMenu label={label}>
      {isDemoMode && <ResetDemoDataMenuItem />}
      <Logout />
    </UserMenu>
  );
}
