/**
 * "Beveiliging": the customer's own sign-in methods, where they are signed in, and who looked in.
 * Never in a preview (the route refuses it): none of it is the staff member's to see.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useSuspenseQuery } from '@tanstack/react-query';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, ListItemText, Stack, TextField, Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { Link } from 'react-router';
import { apiErrorMessage, fieldMessage, refusalReason, refusedFields } from '../../core/api/apiErrorMessage';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { PortalPage } from '../portal/layout/PortalPage';
import { SectionCard } from '../portal/layout/SectionCard';
import { portalPaths } from '../portal/portalPaths';
import { useLocaleFormat } from '../portal/useLocaleFormat';
import { AuthenticatorAppSetup } from './AuthenticatorAppSetup';
import { ConfirmDialog } from './ConfirmDialog';
import { PasskeySetup } from './PasskeySetup';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { SecurityTexts } from './SecurityTexts';
import { SignedInSessions } from './SignedInSessions';
import { WhoLookedIn } from './WhoLookedIn';
import {
  canMakePasskeys, securityQueries, useNewRecoveryCodes, useRemovePasskey, useRemoveTotp, useRenamePasskey, type Passkey, type RecoveryCodes,
  type SignInMethods,
} from './securityApi';

type Open =
  | { kind: 'addApp' }
  | { kind: 'addPasskey' }
  | { kind: 'codes'; codes: RecoveryCodes; notice?: string }
  | { kind: 'removeApp' }
  | { kind: 'removePasskey'; passkey: Passkey }
  | { kind: 'renamePasskey'; passkey: Passkey }
  | { kind: 'renewCodes' }
  | null;

export function SecurityPage() {
  return (
    <SecurityTexts>
      <Security />
    </SecurityTexts>
  );
}

function factorCount(methods: SignInMethods): number {
  return (methods.totp ? 1 : 0) + methods.passkeys.length;
}

function Security() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`hub.security.${key}`, options);
  const { data: methods } = useSuspenseQuery(securityQueries.signInMethods());
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const close = () => setOpen(null);
  // The codes dialog opens from another dialog, whose button is gone: focus goes to what was done.
  const codesSaved = () => {
    if (open?.kind === 'codes' && !notice) setNotice(t('recovery.renewed'));
    flushSync(close);
    noticeRef.current?.focus();
  };
  const done = (message: string, codes: RecoveryCodes | null) => {
    setNotice(message);
    setOpen(codes ? { kind: 'codes', codes } : null);
  };
  const lastFactor = factorCount(methods) === 1;
  // The passkey's row (and its button) stays: the dialog gives focus back to it as it closes.
  const renamed = (passkey: Passkey, name: string) => done(t('passkey.renamed', { old: passkey.name, name }), null);

  return (
    <PortalPage title={translate('hub.portal.security.title')}>
      <Box role="status" ref={noticeRef} tabIndex={-1} sx={{ '&:empty': { display: 'none' }, mb: { xs: 2, sm: 3 }, outline: 'none' }}>
        {notice && <Alert severity="success">{notice}</Alert>}
      </Box>
      <Stack spacing={3}>
        <SectionCard title={t('page.password')}>
          <Stack spacing={2} alignItems="flex-start">
            <Typography>{t('page.password_text')}</Typography>
            <Button component={Link} to={portalPaths.ownPassword} variant="outlined">
              {t('page.change_password')}
            </Button>
          </Stack>
        </SectionCard>
        <AppCard methods={methods} onAdd={() => { setNotice(undefined); setOpen({ kind: 'addApp' }); }} onRemove={() => setOpen({ kind: 'removeApp' })} />
        <PasskeysCard
          passkeys={methods.passkeys}
          onAdd={() => { setNotice(undefined); setOpen({ kind: 'addPasskey' }); }}
          onRemove={(passkey) => setOpen({ kind: 'removePasskey', passkey })}
          onRename={(passkey) => { setNotice(undefined); setOpen({ kind: 'renamePasskey', passkey }); }}
        />
        <RecoveryCard methods={methods} onRenew={() => { setNotice(undefined); setOpen({ kind: 'renewCodes' }); }} />
        <SignedInSessions />
        <WhoLookedIn />
      </Stack>

      <SetupDialog open={open?.kind === 'addApp'} title={t('app.add')} onClose={close}>
        <AuthenticatorAppSetup onAdded={(codes) => done(t('app.added'), codes)} />
      </SetupDialog>
      <SetupDialog open={open?.kind === 'addPasskey'} title={t('passkey.add')} onClose={close}>
        <PasskeySetup onAdded={(codes, name) => done(t('passkey.added', { name }), codes)} />
      </SetupDialog>
      <SetupDialog open={open?.kind === 'codes'} title={t('recovery.title')}>
        {open?.kind === 'codes' && <RecoveryCodesPanel codes={open.codes} doneLabel={t('recovery.done')} onDone={codesSaved} />}
      </SetupDialog>
      <RemoveAppDialog open={open?.kind === 'removeApp'} lastFactor={lastFactor} onClose={close} onRemoved={() => done(t('app.removed'), null)} />
      <RemovePasskeyDialog
        passkey={open?.kind === 'removePasskey' ? open.passkey : undefined}
        lastFactor={lastFactor}
        onClose={close}
        onRemoved={(name) => done(t('passkey.removed', { name }), null)}
      />
      <RenamePasskeyDialog passkey={open?.kind === 'renamePasskey' ? open.passkey : undefined} onClose={close} onRenamed={renamed} />
      <RenewCodesDialog open={open?.kind === 'renewCodes'} onClose={close} onRenewed={(codes) => setOpen({ kind: 'codes', codes })} />
    </PortalPage>
  );
}

function AppCard({ methods, onAdd, onRemove }: { methods: SignInMethods; onAdd: () => void; onRemove: () => void }) {
  const translate = useTranslate();
  const { date } = useLocaleFormat();
  const t = (key: string, options?: object) => translate(`hub.security.${key}`, options);
  const { totp } = methods;
  return (
    <SectionCard title={t('app.title')}>
      <Stack spacing={2} alignItems="flex-start">
        <Typography>
          {totp
            ? t('app.added_on', { date: date(totp.addedAt), lastUsed: totp.lastUsedAt ? date(totp.lastUsedAt) : t('app.never_used') })
            : t('app.about')}
        </Typography>
        {totp ? (
          <Button variant="outlined" color="error" onClick={onRemove}>
            {t('app.remove')}
          </Button>
        ) : (
          <Button variant="outlined" onClick={onAdd}>
            {t('app.add')}
          </Button>
        )}
      </Stack>
    </SectionCard>
  );
}

interface PasskeysCardProps {
  passkeys: Passkey[];
  onAdd: () => void;
  onRemove: (passkey: Passkey) => void;
  onRename: (passkey: Passkey) => void;
}

function PasskeysCard({ passkeys, onAdd, onRemove, onRename }: PasskeysCardProps) {
  const translate = useTranslate();
  const { date } = useLocaleFormat();
  const t = (key: string, options?: object) => translate(`hub.security.passkey.${key}`, options);
  return (
    <SectionCard title={t('title')}>
      <Stack spacing={2} alignItems="flex-start">
        <Typography>{t('about')}</Typography>
        {passkeys.length === 0 ? (
          <Typography color="text.secondary">{t('none')}</Typography>
        ) : (
          <List disablePadding sx={{ width: '100%' }}>
            {passkeys.map((passkey) => (
              <ListItem key={passkey.id} divider disableGutters sx={{ gap: 1, flexWrap: 'wrap' }}>
                <ListItemText
                  sx={{ flex: '1 1 14rem', overflowWrap: 'anywhere' }}
                  primary={passkey.name}
                  secondary={`${t('added_on', { date: date(passkey.addedAt) })} · ${passkey.lastUsedAt ? t('last_used', { date: date(passkey.lastUsedAt) }) : t('never_used')}`}
                />
                <Stack direction="row" spacing={1}>
                  <Button onClick={() => onRename(passkey)} aria-label={t('rename_named', { name: passkey.name })}>
                    {t('rename')}
                  </Button>
                  <Button color="error" onClick={() => onRemove(passkey)} aria-label={t('remove_named', { name: passkey.name })}>
                    {t('remove')}
                  </Button>
                </Stack>
              </ListItem>
            ))}
          </List>
        )}
        {canMakePasskeys() && (
          <Button variant="outlined" onClick={onAdd}>
            {t('add')}
          </Button>
        )}
      </Stack>
    </SectionCard>
  );
}

function RecoveryCard({ methods, onRenew }: { methods: SignInMethods; onRenew: () => void }) {
  const translate = useTranslate();
  const { date } = useLocaleFormat();
  const t = (key: string, options?: object) => translate(`hub.security.recovery.${key}`, options);
  const codes = methods.recoveryCodes;
  return (
    <SectionCard title={t('title')}>
      <Stack spacing={2} alignItems="flex-start">
        <Typography>{codes ? t('remaining', { remaining: codes.remaining, date: date(codes.createdAt) }) : t('none')}</Typography>
        {codes && (
          <Button variant="outlined" onClick={onRenew}>
            {t('renew')}
          </Button>
        )}
      </Stack>
    </SectionCard>
  );
}

/** Adding runs in a dialog; closed without finishing, nothing was added. */
function SetupDialog({ open, title, onClose, children }: { open: boolean; title: string; onClose?: () => void; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="security-dialog-title" fullWidth maxWidth="sm">
      <DialogTitle id="security-dialog-title" sx={{ pr: 7 }}>
        {title}
      </DialogTitle>
      {onClose && (
        <IconButton aria-label={translate('hub.security.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      )}
      <DialogContent>{open && children}</DialogContent>
    </Dialog>
  );
}

function useRemovalError(error: unknown): string | undefined {
  const translate = useTranslate();
  return error ? translate(apiErrorMessage(error, { prefix: 'hub.security', fallback: 'hub.security.remove_failed' })) : undefined;
}

function RemoveAppDialog({ open, lastFactor, onClose, onRemoved }: { open: boolean; lastFactor: boolean; onClose: () => void; onRemoved: () => void }) {
  const translate = useTranslate();
  const remove = useRemoveTotp();
  const error = useRemovalError(remove.error);
  const closing = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={translate('hub.security.app.remove_title')}
      text={<RemovalText text={translate('hub.security.app.remove_text')} lastFactor={lastFactor} />}
      confirmLabel={translate('hub.security.app.remove')}
      busyLabel={translate('hub.security.removing')}
      busy={remove.isPending}
      error={error}
      onClose={closing}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => { remove.reset(); onRemoved(); } })}
    />
  );
}

function RemovePasskeyDialog({ passkey, lastFactor, onClose, onRemoved }: { passkey?: Passkey; lastFactor: boolean; onClose: () => void; onRemoved: (name: string) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.passkey.${key}`, { name: passkey?.name ?? '' });
  const remove = useRemovePasskey();
  const error = useRemovalError(remove.error);
  const closing = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={Boolean(passkey)}
      title={t('remove_title')}
      text={<RemovalText text={t('remove_text')} lastFactor={lastFactor} />}
      confirmLabel={t('remove')}
      busyLabel={translate('hub.security.removing')}
      busy={remove.isPending}
      error={error}
      onClose={closing}
      onConfirm={() => passkey && remove.mutate(passkey.id, { onSuccess: () => { remove.reset(); onRemoved(passkey.name); } })}
    />
  );
}

const PASSKEY_NAME_MAX = 60;

/** The API's word on the name, in the user's language: the field's reason, else the answer's code. */
function useRenameError(error: unknown, sent: string) {
  const translate = useTranslate();
  if (!error) return {};
  if (refusedFields(error).includes('name')) {
    const trimmed = sent.trim();
    const reason = refusalReason(error, 'name') ?? (!trimmed ? 'required' : trimmed.length > PASSKEY_NAME_MAX ? 'too_long' : 'invalid');
    return { field: translate(fieldMessage(reason), { max: PASSKEY_NAME_MAX }) };
  }
  return { form: translate(apiErrorMessage(error, { prefix: 'hub.security.passkey', fallback: 'hub.security.passkey.rename_failed' })) };
}

function RenamePasskeyDialog({ passkey, onClose, onRenamed }: { passkey?: Passkey; onClose: () => void; onRenamed: (passkey: Passkey, name: string) => void }) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={Boolean(passkey)} onClose={busy ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="xs">
      {/* Each opening starts from the passkey's current name. */}
      {passkey && <RenameForm key={passkey.id} passkey={passkey} titleId={titleId} onBusy={setBusy} onClose={onClose} onRenamed={onRenamed} />}
    </Dialog>
  );
}

interface RenameFormProps {
  passkey: Passkey;
  titleId: string;
  onBusy: (busy: boolean) => void;
  onClose: () => void;
  onRenamed: (passkey: Passkey, name: string) => void;
}

function RenameForm({ passkey, titleId, onBusy, onClose, onRenamed }: RenameFormProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.passkey.${key}`, { name: passkey.name });
  const rename = useRenamePasskey();
  const [name, setName] = useState(passkey.name);
  const [sent, setSent] = useState('');
  const error = useRenameError(rename.error, sent);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(name);
    onBusy(true);
    rename.mutate({ id: passkey.id, name }, { onSettled: () => onBusy(false), onSuccess: (saved) => onRenamed(passkey, saved.name) });
  };
  return (
    <form noValidate onSubmit={submit}>
      <DialogTitle id={titleId}>{t('rename_title')}</DialogTitle>
      <DialogContent>
        {error.form && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error.form}
          </Alert>
        )}
        <TextField
          name="passkeyName"
          label={t('new_name')}
          required
          fullWidth
          autoFocus
          margin="dense"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
          error={Boolean(error.field)}
          helperText={error.field}
          slotProps={{ htmlInput: { maxLength: PASSKEY_NAME_MAX + 20, autoComplete: 'off' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={rename.isPending}>
          {translate('hub.security.cancel')}
        </Button>
        <Button type="submit" variant="contained" disabled={rename.isPending}>
          {rename.isPending ? t('saving') : t('save')}
        </Button>
      </DialogActions>
    </form>
  );
}

function RemovalText({ text, lastFactor }: { text: string; lastFactor: boolean }) {
  const translate = useTranslate();
  return (
    <>
      {text}
      {lastFactor && (
        <Typography component="span" sx={{ display: 'block', mt: 1 }}>
          {translate('hub.security.last_factor')}
        </Typography>
      )}
    </>
  );
}

function RenewCodesDialog({ open, onClose, onRenewed }: { open: boolean; onClose: () => void; onRenewed: (codes: RecoveryCodes) => void }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.security.recovery.${key}`);
  const renew = useNewRecoveryCodes();
  const closing = () => {
    renew.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('renew_title')}
      text={t('renew_text')}
      confirmLabel={t('renew')}
      busyLabel={t('renewing')}
      busy={renew.isPending}
      error={renew.error ? translate(apiErrorMessage(renew.error, { prefix: 'hub.security.recovery' })) : undefined}
      onClose={closing}
      onConfirm={() => renew.mutate(undefined, { onSuccess: (codes) => { renew.reset(); onRenewed(codes); } })}
    />
  );
}
