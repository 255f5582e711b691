/**
 * TEMPORARY stand-in for the portal engineer's `src/portal/PortalRoutes.tsx`, so the shell's
 * routing (session, customers only) can be built and tested before the portal pages exist.
 */
import { Typography } from '@mui/material';
import { Authenticated, CanAccess, useTranslate } from 'react-admin';
import { Outlet, Route } from 'react-router';
import { AccessDenied } from './AccessDenied';

function PortalGate() {
  return (
    <Authenticated>
      <CanAccess resource="portal" action="read" accessDenied={<AccessDenied />}>
        <Outlet />
      </CanAccess>
    </Authenticated>
  );
}

function PortalHome() {
  const translate = useTranslate();
  return (
    <Typography component="h1" variant="h4" sx={{ p: 3 }}>
      {translate('hub.title')}
    </Typography>
  );
}

export const portalRoutes = (
  <Route path="/portal" element={<PortalGate />}>
    <Route index element={<PortalHome />} />
    <Route path="*" element={<PortalHome />} />
  </Route>
);
