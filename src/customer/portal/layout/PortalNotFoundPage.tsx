import { Button, Typography } from '@mui/material';
import { Link } from 'react-router';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { PortalLayout } from './PortalLayout';
import { PortalPage } from './PortalPage';
import { portalPaths } from '../portalPaths';

export function PortalNotFoundPage() {
  const translate = useTranslate();
  return (
    <PortalPage title={translate('hub.portal.not_found.title')}>
      <Typography sx={{ mb: 2 }}>{translate('hub.portal.not_found.text')}</Typography>
      <Button component={Link} to={portalPaths.account} variant="contained">
        {translate('hub.portal.state.to_account')}
      </Button>
    </PortalPage>
  );
}

/** An unknown URL outside the portal, for a customer: the same page in the portal's frame. */
export function PortalNotFound() {
  return (
    <PortalLayout>
      <PortalNotFoundPage />
    </PortalLayout>
  );
}
