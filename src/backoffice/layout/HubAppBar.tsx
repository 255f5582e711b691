import { AppBar, LoadingIndicator, TitlePortal } from 'react-admin';
import { LanguageSwitch } from '../../core/ui/LanguageSwitch';
import { HubUserMenu } from './HubUserMenu';

const TITLE = {
  minWidth: 0,
  mr: 1,
  overflow: 'hidden',
  overflowWrap: 'anywhere',
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  textOverflow: { sm: 'ellipsis' },
  display: { xs: '-webkit-box', sm: 'block' },
  WebkitLineClamp: { xs: 2 },
  WebkitBoxOrient: 'vertical',
  fontSize: { xs: '1.05rem', sm: undefined },
  lineHeight: { xs: 1.25, sm: undefined },
  // react-admin wraps the title in an inline-block, which neither the clamp nor "…" can cut into.
  '& .RaConfigurable-root': { display: 'inline' },
} as const;

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
      {/* The page's one h1; long contact names must not run under the language switch. A phone
          has room for one word beside it, so there the title takes two lines before it is cut. */}
      <TitlePortal component="h1" sx={TITLE} />
    </AppBar>
  );
}
