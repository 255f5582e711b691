/**
 * After the first password (the forced change, or the activation link): a passkey offered, and
 * "Later" for a customer who wants none. Activated, they go on to their contracts.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, Toolbar, Typography } from '@mui/material';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { PORTAL_HOME } from '../../core/session/landing';
import { ACTIVATED_STATE, PASSWORD_SAVED_STATE } from '../portal/account/PasswordSavedNotice';
import { PortalAppBar } from '../portal/layout/PortalAppBar';
import { PasskeySetup } from './PasskeySetup';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { SecurityTexts } from './SecurityTexts';
import { canMakePasskeys, type RecoveryCodes } from './securityApi';
import { portalPaths } from '../portal/portalPaths';

function useActivated(): boolean {
  return (useLocation().state as Partial<typeof ACTIVATED_STATE> | null)?.activated === true;
}

export function PasskeyOfferPage() {
  const activated = useActivated();
  if (!canMakePasskeys()) return <Navigate to={activated ? portalPaths.contracts : PORTAL_HOME} replace state={PASSWORD_SAVED_STATE} />;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <PortalAppBar />
      <Toolbar />
      <Box component="main" sx={{ display: 'flex', justifyContent: 'center', p: 2, pt: { xs: 2, sm: 5 } }}>
        <Card sx={{ width: '100%', maxWidth: 520 }}>
          <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
            <SecurityTexts>
              <Offer />
            </SecurityTexts>
          </CardContent>
        </Card>
      </Box>
    </Box>
  );
}

function Offer() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.${key}`);
  const navigate = useNavigate();
  const [codes, setCodes] = useState<RecoveryCodes | null>(null);
  const activated = useActivated();
  const toPortal = () => navigate(activated ? portalPaths.contracts : PORTAL_HOME, { replace: true, state: PASSWORD_SAVED_STATE });
  return (
    <Stack spacing={2.5}>
      <Typography variant="h4" component="h1" sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' } }}>
        {codes ? t('recovery.title') : t('offer.title')}
      </Typography>
      {codes ? (
        <RecoveryCodesPanel codes={codes} doneLabel={t(activated ? 'offer.to_contracts' : 'offer.to_portal')} onDone={toPortal} />
      ) : (
        <>
          <Alert severity="success" role="status">
            {translate('hub.portal.password.saved')}
          </Alert>
          <Typography color="text.secondary">{t('offer.intro')}</Typography>
          <PasskeySetup onAdded={(added) => (added ? setCodes(added) : toPortal())} />
          <Button onClick={toPortal} sx={{ alignSelf: 'flex-start' }}>
            {t('offer.later')}
          </Button>
        </>
      )}
    </Stack>
  );
}
