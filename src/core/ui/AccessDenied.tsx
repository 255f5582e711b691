import { Box, Button, Typography } from '@mui/material';
import { Link, Navigate } from 'react-router';
import { currentSession } from '../session/authProvider';
import { homeOf } from '../session/landing';
import { isStaff } from '../roles';
import { useTranslate } from '../i18n/LocaleProvider';

export function AccessDenied() {
  const translate = useTranslate();
  const role = currentSession()?.user.role;
  if (role && !isStaff(role)) return <Navigate to={homeOf(role)} replace />;
  return (
    <Box sx={{ p: 3 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('hub.access_denied.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('hub.access_denied.message')}</Typography>
      {role && (
        <Button component={Link} to={homeOf(role)} variant="contained">
          {translate('hub.access_denied.home')}
        </Button>
      )}
    </Box>
  );
}
