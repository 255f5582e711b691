import { useId, useState } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { CreateBase, useSaveContext } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useQueryClient } from '@tanstack/react-query';
import { fullName } from '../../core/ui/names';
import { AccountCreatedView } from './AccountCreatedView';
import { AddAccountForm } from './AddAccountForm';
import type { AccountCreateRequest, AccountCreated, Contact } from '../../core/api/types';

interface AddAccountDialogProps {
  contact: Contact;
  onClose: () => void;
}

/** Mounted only while open, so every opening starts afresh from the contact's email. */
export function AddAccountDialog({ contact, onClose }: AddAccountDialogProps) {
  const queryClient = useQueryClient();
  // Frozen at opening: a refetched contact must not reset what the user typed.
  const [prefill] = useState<AccountCreateRequest>(() => ({
    contactId: contact.id,
    email: contact.email ?? '',
  }));
  const [created, setCreated] = useState<AccountCreated>();

  // useCreate only invalidates the `accounts` lists; the contact (and its list row) changed too.
  const refreshContact = () => queryClient.invalidateQueries({ queryKey: ['contacts'] });

  const close = () => {
    // The password was only for this dialog: drop the copy useCreate put in the query cache.
    queryClient.removeQueries({ queryKey: ['accounts'] });
    onClose();
  };

  return (
    <CreateBase<AccountCreateRequest, AccountCreated>
      resource="accounts"
      record={prefill}
      redirect={false}
      mutationMode="pessimistic"
      mutationOptions={{
        onSuccess: (account) => {
          setCreated(account);
          refreshContact();
        },
      }}
    >
      <AddAccountDialogView
        name={fullName(contact)}
        created={created}
        onClose={close}
        onContactChanged={refreshContact}
      />
    </CreateBase>
  );
}

interface AddAccountDialogViewProps {
  name: string;
  created: AccountCreated | undefined;
  onClose: () => void;
  onContactChanged: () => void;
}

function AddAccountDialogView({ name, created, onClose, onContactChanged }: AddAccountDialogViewProps) {
  const translate = useTranslate();
  const { saving } = useSaveContext();
  const titleId = useId();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));

  // Never dismissed while saving (the result would be lost) nor once the password shows.
  const dismiss = () => {
    if (!created && !saving) onClose();
  };

  return (
    // disableRestoreFocus: the panel moves focus itself (the opener may be gone), and StrictMode's
    // re-run of the focus trap would pull focus back to the opener.
    <Dialog
      open
      onClose={dismiss}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
      disableRestoreFocus
      // A long unbroken name in the title or text wraps inside the dialog; button labels stay whole.
      slotProps={{ paper: { sx: { overflowWrap: 'anywhere', '& .MuiDialogActions-root': { overflowWrap: 'normal' } } } }}
    >
      <DialogTitle id={titleId}>
        {translate(created ? 'hub.contacts.addAccount.createdTitle' : 'hub.contacts.addAccount.title', {
          name,
        })}
      </DialogTitle>
      {created ? (
        <AccountCreatedView account={created} newAccount onClose={onClose} />
      ) : (
        <AddAccountForm onCancel={onClose} onContactChanged={onContactChanged} />
      )}
    </Dialog>
  );
}
