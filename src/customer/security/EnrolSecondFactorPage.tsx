/**
 * Staff without a second factor come here right after their password, and nothing else opens
 * until one is added (the API refuses everything else too): no skip, then the recovery codes.
 */
import { useState, type ReactNode } from 'react';
import { Button, Card, CardActionArea, Stack, Typography } from '@mui/material';
import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import FingerprintIcon from '@mui/icons-material/Fingerprint';
import { useNavigate } from 'react-router';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { BACK_OFFICE_HOME } from '../../core/session/landing';
import { useLogout } from '../../core/session/useSessionActions';
import { AuthPageLayout } from '../AuthPageLayout';
import { AuthenticatorAppSetup } from './AuthenticatorAppSetup';
import { PasskeySetup } from './PasskeySetup';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { SecurityTexts } from './SecurityTexts';
import { canMakePasskeys, type RecoveryCodes } from './securityApi';

type Step = { kind: 'choose' } | { kind: 'app' } | { kind: 'passkey' } | { kind: 'codes'; codes: RecoveryCodes };

export function EnrolSecondFactorPage() {
  return (
    <SecurityTexts>
      <Enrolment />
    </SecurityTexts>
  );
}

function Enrolment() {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.${key}`);
  const navigate = useNavigate();
  const logout = useLogout();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const toBackOffice = () => navigate(BACK_OFFICE_HOME, { replace: true });
  const added = (codes: RecoveryCodes | null) => (codes ? setStep({ kind: 'codes', codes }) : toBackOffice());

  return (
    <AuthPageLayout heading={t(step.kind === 'codes' ? 'recovery.title' : 'enrol.title')} intro={step.kind === 'codes' ? '' : t('enrol.intro')}>
      {step.kind === 'choose' && (
        <Stack spacing={1.5} component="section" aria-labelledby="enrol-choose">
          <Typography id="enrol-choose" variant="subtitle1" component="h2" fontWeight={600}>
            {t('enrol.choose')}
          </Typography>
          <Choice icon={<PhonelinkLockIcon />} title={t('app.title')} about={t('enrol.app_about')} onClick={() => setStep({ kind: 'app' })} />
          {canMakePasskeys() && (
            <Choice icon={<FingerprintIcon />} title={t('enrol.passkey')} about={t('enrol.passkey_about')} onClick={() => setStep({ kind: 'passkey' })} />
          )}
        </Stack>
      )}
      {(step.kind === 'app' || step.kind === 'passkey') && (
        <Stack spacing={2}>
          <Typography variant="subtitle1" component="h2" fontWeight={600}>
            {t(step.kind === 'app' ? 'app.title' : 'enrol.passkey')}
          </Typography>
          {step.kind === 'app' ? <AuthenticatorAppSetup onAdded={added} /> : <PasskeySetup onAdded={added} />}
          <Button onClick={() => setStep({ kind: 'choose' })} sx={{ alignSelf: 'flex-start' }}>
            {t('enrol.other')}
          </Button>
        </Stack>
      )}
      {step.kind === 'codes' && <RecoveryCodesPanel codes={step.codes} doneLabel={t('enrol.to_back_office')} onDone={toBackOffice} />}
      {step.kind !== 'codes' && (
        <Button variant="text" color="inherit" onClick={() => void logout()} sx={{ alignSelf: 'flex-start' }}>
          {t('enrol.logout')}
        </Button>
      )}
    </AuthPageLayout>
  );
}

function Choice({ icon, title, about, onClick }: { icon: ReactNode; title: string; about: string; onClick: () => void }) {
  return (
    <Card variant="outlined">
      <CardActionArea onClick={onClick} sx={{ p: 2 }}>
        <Stack component="span" direction="row" spacing={2} alignItems="center">
          {icon}
          <Stack component="span">
            <Typography component="span" fontWeight={600}>
              {title}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary">
              {about}
            </Typography>
          </Stack>
        </Stack>
      </CardActionArea>
    </Card>
  );
}
