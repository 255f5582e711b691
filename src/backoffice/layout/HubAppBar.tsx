import { AppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LanguageSwitch } from '../../core/ui/LanguageSwitch';
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
      {/* The page's one h1; long contact names must not run under the language switch on a phone. */}
      <TitlePortal component="h1" sx={{ minWidth: 0, mr: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
    </AppBar>
  );
}
