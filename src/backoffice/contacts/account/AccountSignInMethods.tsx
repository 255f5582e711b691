import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LogoutIcon from '@mui/icons-material/Logout';
import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import { useLocale, useTranslate } from '../../../core/i18n/LocaleProvider';
import { formatDateTime } from '../../../core/ui/format';
import { DetailItem } from '../AccountDetails';
import { ConfirmAccountActionDialog } from './ConfirmAccountActionDialog';
import { useAccountSignInMethods } from './api';
import type { AccountSummary, SignInMethods } from '../../../core/api/types';

interface AccountSignInMethodsProps {
  account: AccountSummary;
  name: string;
  /** "Tweede factor resetten" and "Alle sessies beëindigen" are offered (Beheerder and Relatiebeheerder). */
  mayManage: boolean;
}

type Confirming = 'resetSecondFactor' | 'endSessions' | null;

/** What the account signs in with, as the API describes it: names and dates, never a secret. */
export function AccountSignInMethods({ account, name, mayManage }: AccountSignInMethodsProps) {
  const translate = useTranslate();
  const titleId = useId();
  const { data, isPending, isError, refetch } = useAccountSignInMethods(account.id);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const endSessionsRef = useRef<HTMLButtonElement>(null);
  const t = (key: string) => translate(`hub.account_lifecycle.signInMethods.${key}`);
  const hasSecondFactor = !!data && (data.totp !== null || data.passkeys.length > 0);
  // Hidden, not disabled, without open sessions: as the reset is without a second factor.
  const hasOpenSessions = !!data && data.openSessions > 0;

  const close = () => {
    const opener = confirming === 'endSessions' ? endSessionsRef : resetRef;
    flushSync(() => setConfirming(null));
    // After the action its button is gone with what it ended, so focus goes to the heading.
    (opener.current ?? headingRef.current)?.focus();
  };

  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 3 }}>
      <Typography id={titleId} variant="subtitle1" component="h3" tabIndex={-1} ref={headingRef}>
        {t('title')}
      </Typography>
      {isPending ? (
        <Box role="status" aria-label={t('loading')}>
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} variant="text" height={44} />
          ))}
        </Box>
      ) : isError && !data ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => refetch()}>
              {t('retry')}
            </Button>
          }
        >
          {t('failed')}
        </Alert>
      ) : (
        <MethodList methods={data} />
      )}
      {mayManage && (hasOpenSessions || hasSecondFactor) && (
        <Stack spacing={1} sx={{ mt: 2 }}>
          {hasOpenSessions && (
            <Button ref={endSessionsRef} variant="outlined" color="error" fullWidth startIcon={<LogoutIcon />} onClick={() => setConfirming('endSessions')}>
              {translate('hub.account_lifecycle.endSessions.button')}
            </Button>
          )}
          {hasSecondFactor && (
            <Button ref={resetRef} variant="outlined" color="error" fullWidth startIcon={<PhonelinkEraseIcon />} onClick={() => setConfirming('resetSecondFactor')}>
              {translate('hub.account_lifecycle.resetSecondFactor.button')}
            </Button>
          )}
        </Stack>
      )}
      {confirming && <ConfirmAccountActionDialog action={confirming} account={account} name={name} onClose={close} />}
    </Box>
  );
}

function MethodList({ methods }: { methods: SignInMethods }) {
  const translate = useTranslate();
  const [locale] = useLocale();
  const t = (key: string, options?: Record<string, unknown>) => translate(`hub.account_lifecycle.signInMethods.${key}`, options);
  const date = (iso: string) => formatDateTime(iso, locale);
  return (
    <Box component="dl" sx={{ m: 0 }}>
      <DetailItem label={t('password')}>{t(methods.password ? 'ownPassword' : 'temporaryPassword')}</DetailItem>
      <DetailItem label={t('app')}>{methods.totp ? t('appAdded', { date: date(methods.totp.addedAt) }) : t('noApp')}</DetailItem>
      <DetailItem label={t('passkeys')}>
        {methods.passkeys.length === 0 ? (
          t('none')
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2.5, overflowWrap: 'anywhere' }}>
            {methods.passkeys.map((passkey) => (
              <li key={passkey.id}>
                {passkey.name}
                {' · '}
                {passkey.lastUsedAt ? t('lastUsed', { date: date(passkey.lastUsedAt) }) : t('neverUsed')}
              </li>
            ))}
          </Box>
        )}
      </DetailItem>
      <DetailItem label={t('recoveryCodes')}>
        {methods.recoveryCodes ? t('recoveryCodesLeft', { smart_count: methods.recoveryCodes.remaining }) : t('none')}
      </DetailItem>
      <DetailItem label={t('openSessions')}>
        {methods.openSessions === 0 ? t('none') : t('openSessionsCount', { smart_count: methods.openSessions })}
      </DetailItem>
    </Box>
  );
}
