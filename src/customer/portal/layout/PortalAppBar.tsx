import { AppBar, Box, Button, IconButton, Toolbar, Typography } from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import LogoutIcon from '@mui/icons-material/Logout';
import { currentSession } from '../../../core/session/authProvider';
import { currentPreview } from '../../../core/session/previewTab';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { useLogout } from '../../../core/session/useSessionActions';
import { LanguageSwitch } from '../../../core/ui/LanguageSwitch';

interface PortalAppBarProps {
  onOpenMenu?: () => void;
  menuId?: string;
  /** Instead of logging out at once: a page that must warn first. */
  onLogout?: () => void;
}

export function PortalAppBar({ onOpenMenu, menuId, onLogout }: PortalAppBarProps) {
  const translate = useTranslate();
  const logout = useLogout();
  const logoutLabel = translate('hub.portal.app_bar.logout');

  return (
    <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
      <Toolbar sx={{ gap: { xs: 0.5, sm: 1.5 }, px: { xs: 1, sm: 2 } }}>
        {onOpenMenu && (
          <IconButton
            color="inherit"
            edge="start"
            onClick={onOpenMenu}
            aria-label={translate('hub.portal.menu.open')}
            aria-controls={menuId}
            sx={{ display: { md: 'none' } }}
          >
            <MenuIcon />
          </IconButton>
        )}
        <Typography variant="h6" component="div" noWrap sx={{ flexGrow: 1, minWidth: 0 }}>
          {translate('hub.portal.title')}
        </Typography>
        <UserName />
        <LanguageSwitch />
        {/* A staff member's preview must not log the customer out (the API refuses it too). */}
        {!currentPreview() && (
          <Button
            color="inherit"
            onClick={onLogout ?? (() => void logout())}
            aria-label={logoutLabel}
            startIcon={<LogoutIcon />}
            sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } } }}
          >
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {logoutLabel}
            </Box>
          </Button>
        )}
      </Toolbar>
    </AppBar>
  );
}

function UserName() {
  const name = currentSession()?.user.name;
  if (!name) return null;
  return (
    <Typography noWrap sx={{ display: { xs: 'none', sm: 'block' }, maxWidth: 240 }}>
      {name}
    </Typography>
  );
}
