/** "Waar bent u ingelogd": every open session of the account, each one to end; this one ends this tab. */
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { apiErrorMessage } from '../../core/api/apiErrorMessage';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useLogout } from '../../core/session/useSessionActions';
import { SectionCard } from '../portal/layout/SectionCard';
import { useLocaleFormat } from '../portal/useLocaleFormat';
import { ConfirmDialog } from './ConfirmDialog';
import { securityQueries, useEndOtherSessions, useEndSession, type OwnSession } from './securityApi';

type Notice = { severity: 'success' | 'error'; text: string };

/** "Chrome op Android", in words a person reads; what the API could not tell is said so. */
export function useDeviceName(): (session: Pick<OwnSession, 'browser' | 'os'>) => string {
  const translate = useTranslate();
  return ({ browser, os }) => {
    if (browser && os) return translate('hub.security.sessions.device', { browser, os });
    if (browser) return browser;
    if (os) return translate('hub.security.sessions.device_unknown_browser', { os });
    return translate('hub.security.sessions.device_unknown');
  };
}

export function SignedInSessions() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`hub.security.sessions.${key}`, options);
  const { dateTime } = useLocaleFormat();
  const deviceName = useDeviceName();
  const { data: sessions } = useSuspenseQuery(securityQueries.sessions());
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const logout = useLogout();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const others = sessions.filter((session) => !session.current);

  // The button pressed is gone with its row (or its dialog, whose closing would put focus back on
  // a button about to go): focus goes to what was done.
  const tell = (next: Notice) => {
    flushSync(() => {
      setConfirming(false);
      setNotice(next);
    });
    noticeRef.current?.focus();
  };
  // A 404: the session ended meanwhile (it expired, or was logged out elsewhere); the list is asked again.
  const failure = (error: unknown) =>
    translate(apiErrorMessage(error, { prefix: 'hub.security.sessions', codes: ['not_found'], fallback: 'hub.security.sessions.end_failed' }));

  const end = (session: OwnSession) => {
    setNotice(undefined);
    endOne.mutate(session, {
      // This device: a logout, to the login page like the portal's own button.
      onSuccess: () => (session.current ? logout() : tell({ severity: 'success', text: t('ended', { device: deviceName(session) }) })),
      onError: (error) => tell({ severity: 'error', text: failure(error) }),
    });
  };
  const closeConfirm = () => {
    endOthers.reset();
    setConfirming(false);
  };
  const confirmEndOthers = () =>
    endOthers.mutate(undefined, {
      onSuccess: (ended) => {
        endOthers.reset();
        tell({ severity: 'success', text: t('others_ended', { smart_count: ended }) });
      },
    });

  return (
    <SectionCard title={t('title')}>
      <Stack spacing={2} alignItems="flex-start">
        <Typography>{t('about')}</Typography>
        <Box role="status" ref={noticeRef} tabIndex={-1} sx={{ width: '100%', outline: 'none', '&:empty': { display: 'none' } }}>
          {notice && <Alert severity={notice.severity}>{notice.text}</Alert>}
        </Box>
        <List disablePadding sx={{ width: '100%' }}>
          {sessions.map((session) => {
            const device = deviceName(session);
            const ending = endOne.isPending && endOne.variables?.id === session.id;
            return (
              <ListItem key={session.id} divider disableGutters sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
                <ListItemText
                  sx={{ flex: '1 1 16rem', minWidth: 0, overflowWrap: 'anywhere', my: 0.5 }}
                  primary={
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
                      {device}
                      {session.current && <Chip component="span" size="small" color="primary" variant="outlined" label={t('this_device')} />}
                    </Box>
                  }
                  secondary={
                    <>
                      <Box component="span" sx={{ display: 'block' }}>{t('started', { date: dateTime(session.createdAt) })}</Box>
                      <Box component="span" sx={{ display: 'block' }}>{t('last_active', { date: dateTime(session.lastSeenAt) })}</Box>
                    </>
                  }
                />
                <Button
                  variant="outlined"
                  onClick={() => end(session)}
                  disabled={endOne.isPending}
                  aria-label={t(session.current ? 'end_this_named' : 'end_named', { device, date: dateTime(session.createdAt) })}
                  sx={{ flexShrink: 0, mt: 0.5 }}
                >
                  {ending ? t('ending') : t('end')}
                </Button>
              </ListItem>
            );
          })}
        </List>
        {others.length > 0 && (
          <Button variant="outlined" color="error" onClick={() => { setNotice(undefined); setConfirming(true); }}>
            {t('end_others')}
          </Button>
        )}
      </Stack>
      <ConfirmDialog
        open={confirming}
        title={t('end_others_title')}
        text={t('end_others_text', { smart_count: others.length })}
        confirmLabel={t('end_others')}
        busyLabel={t('ending')}
        busy={endOthers.isPending}
        error={endOthers.error ? failure(endOthers.error) : undefined}
        onClose={closeConfirm}
        onConfirm={confirmEndOthers}
      />
    </SectionCard>
  );
}
