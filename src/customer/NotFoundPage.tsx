import { Button } from '@mui/material';
import { Link } from 'react-router';
import { AuthPageLayout } from './AuthPageLayout';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { LOGIN_PATH } from '../core/session/landing';

/** An unknown URL for someone not logged in: nothing of either section, only the way in. */
export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <AuthPageLayout heading={translate('hub.portal.not_found.title')} intro={translate('hub.portal.not_found.text_anonymous')}>
      <Button component={Link} to={LOGIN_PATH} variant="contained" size="large">
        {translate('hub.portal.not_found.to_login')}
      </Button>
    </AuthPageLayout>
  );
}
