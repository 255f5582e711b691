/** The back-office app bar: page title, the language switch and the user menu. */
import { AppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { HubUserMenu } from './HubUserMenu';

export function HubAppBar() {
  return (
    <AppBar
      color="primary"
      userMenu={<HubUserMenu />}
      toolbar={
        <>
          <LanguageSwitch />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}
