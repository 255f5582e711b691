import { Box, Button, Toolbar, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { BACK_OFFICE_HOME } from '../core/session/landing';
import { PortalAppBar } from './portal/layout/PortalAppBar';

/** A staff member on a portal URL: still logged in as themselves, with the way back to their work. */
export function StaffOnPortalPage() {
  const translate = useTranslate();
  return (
    <>
      <PortalAppBar />
      <Box component="main" sx={{ p: { xs: 2, sm: 3 }, maxWidth: 720 }}>
        <Toolbar />
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('hub.access_denied.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('hub.portal.staff.text')}</Typography>
        <Button component={Link} to={BACK_OFFICE_HOME} variant="contained">
          {translate('hub.portal.staff.to_back_office')}
        </Button>
      </Box>
    </>
  );
}
