import { Suspense, useState, type ReactNode } from 'react';
import { Box, Divider, Drawer, LinearProgress, Toolbar, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Outlet, useNavigation } from 'react-router';
import { currentSession } from '../../../core/session/authProvider';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { PortalAppBar } from './PortalAppBar';
import { PortalMenu } from './PortalMenu';
import { PageSkeleton } from './PageStates';
import { SkipToContent } from './SkipToContent';
import { currentPreview } from '../../../core/session/previewTab';
import { PreviewBanner, underAppBar } from '../../preview/PreviewBanner';

const drawerWidth = 240;
const menuId = 'portal-menu';

/** `children` in place of the route's outlet: a page shown outside the portal's routes. */
export function PortalLayout({ children }: { children?: ReactNode }) {
  const translate = useTranslate();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Not rendered on phones: it would cost their first page render time only to be hidden by CSS.
  const isNarrow = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  const close = () => setDrawerOpen(false);
  const preview = currentPreview();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh', bgcolor: 'background.default' }}>
      <SkipToContent />
      <PortalAppBar onOpenMenu={() => setDrawerOpen(true)} menuId={menuId} />
      <Box
        component="nav"
        id={menuId}
        aria-label={translate('hub.portal.menu.label')}
        sx={{ width: { md: drawerWidth }, flexShrink: { md: 0 } }}
      >
        <Drawer
          variant="temporary"
          open={drawerOpen}
          onClose={close}
          sx={{ display: { xs: 'block', md: 'none' }, '& .MuiDrawer-paper': { width: drawerWidth } }}
        >
          <DrawerUserName />
          <PortalMenu onNavigate={close} />
        </Drawer>
        {!isNarrow && (
          <Drawer
            variant="permanent"
            open
            sx={{ display: { xs: 'none', md: 'block' }, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}
          >
            <Toolbar />
            <PortalMenu />
          </Drawer>
        )}
      </Box>
      <Box component="main" id="main-content" tabIndex={-1} sx={{ flexGrow: 1, minWidth: 0, p: { xs: 2, sm: 3 } }}>
        <Toolbar />
        <NextPageLoading />
        {preview && (
          <Box sx={(theme) => ({ ...underAppBar(theme), mx: { xs: -2, sm: -3 }, mt: { xs: -2, sm: -3 }, mb: { xs: 2, sm: 3 } })}>
            <PreviewBanner tab={preview} />
          </Box>
        )}
        {/* Loaders fill the cache first: this shows only if the cache lost the data. */}
        <Suspense fallback={<PageSkeleton />}>
          {children ?? <Outlet />}
        </Suspense>
      </Box>
    </Box>
  );
}

function NextPageLoading() {
  const loading = useNavigation().state === 'loading';
  if (!loading) return null;
  return <LinearProgress sx={{ position: 'fixed', top: { xs: 56, sm: 64 }, left: 0, right: 0, zIndex: (theme) => theme.zIndex.drawer + 2 }} />;
}

function DrawerUserName() {
  const name = currentSession()?.user.name;
  if (!name) return null;
  return (
    <>
      <Typography sx={{ p: 2, fontWeight: 500, overflowWrap: 'anywhere' }}>{name}</Typography>
      <Divider />
    </>
  );
}
