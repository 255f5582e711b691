/** The back-office user menu: who is logged in, "reset demo data" (demo only) and log out. */
import { Logout, UserMenu } from 'react-admin';
import { ResetDemoDataMenuItem } from '../demo/ResetDemoDataButton';
import { isDemoMode } from '../providers/apiUrl';

export function HubUserMenu() {
  return (
    <UserMenu label="hub.menu.user">
      {isDemoMode && <ResetDemoDataMenuItem />}
      <Logout />
    </UserMenu>
  );
}
