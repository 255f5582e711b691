import { useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Form, SaveButton, TextInput, useSaveContext } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { normaliseEmail, validateAccountEmail } from './accountEmail';
import { describeAccountError } from './accountErrors';
import type { AccountCreateRequest } from '../../core/api/types';

interface AddAccountFormProps {
  onCancel: () => void;
  /** Called when the API says the contact changed meanwhile (e.g. a colleague was quicker). */
  onContactChanged: () => void;
}

export function AddAccountForm({ onCancel, onContactChanged }: AddAccountFormProps) {
  const translate = useTranslate();
  const { save, saving } = useSaveContext();
  const [problem, setProblem] = useState<string>();
  // Stops a second submit in the first milliseconds, before `saving` disables the button.
  const inFlight = useRef(false);

  const submit = async (values: Partial<AccountCreateRequest>) => {
    if (!save || inFlight.current) return;
    inFlight.current = true;
    setProblem(undefined);
    let failure: unknown;
    try {
      await save(
        { contactId: values.contactId, email: normaliseEmail(values.email) },
        { onError: (error: unknown) => (failure = error) },
      );
    } finally {
      inFlight.current = false;
    }
    if (failure === undefined) return;
    const outcome = describeAccountError(failure);
    if (outcome.refreshContact) onContactChanged();
    setProblem(outcome.message);
    return outcome.fieldErrors;
  };

  return (
    // The dialog says what is wrong beside the field or above it; react-admin's toast would say it twice.
    <Form onSubmit={submit} noValidate disableInvalidFormNotification>
      <DialogContent sx={{ pt: 0 }}>
        <DialogContentText sx={{ mb: 2 }}>{translate('hub.contacts.addAccount.intro')}</DialogContentText>
        {problem && (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {translate(problem)}
          </Alert>
        )}
        <TextInput
          source="email"
          type="email"
          label="hub.contacts.addAccount.email"
          validate={validateAccountEmail}
          autoComplete="off"
          autoFocus
          fullWidth
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel} disabled={saving}>
          {translate('hub.contacts.addAccount.cancel')}
        </Button>
        <SaveButton
          label="hub.contacts.addAccount.submit"
          icon={<PersonAddIcon />}
          alwaysEnable={!saving}
          sx={{ whiteSpace: 'nowrap' }}
        />
      </DialogActions>
    </Form>
  );
}

