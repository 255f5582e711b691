/**
 * Where react-admin sends a user who opens a page their role may not see. Customers belong in
 * the portal, so they are sent there; staff get an explanation and a way back.
 */
import { Box, Button, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { Link, Navigate } from 'react-router';
import { homeOf } from '../providers/landing';
import { isRole, isStaff } from '../providers/roles';

export function AccessDenied() {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions();
  if (isPending) return null;
  if (isRole(permissions) && !isStaff(permissions)) return <Navigate to={homeOf(permissions)} replace />;
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('hub.access_denied.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('hub.access_denied.message')}</Typography>
      {isRole(permissions) && (
        <Button component={Link} to={homeOf(permissions)} variant="contained">
          {translate('hub.access_denied.home')}
        </Button>
      )}
    </Box>
  );
}
