import { useId } from 'react';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { AccountCreatedView } from '../AccountCreatedView';
import { describeAccountActionError } from './accountActionErrors';
import { AccountActionDialog } from './AccountActionDialog';
import { ConfirmActionContent } from './ConfirmActionContent';
import { accountActions, useAccountAction } from './api';
import type { AccountSummary } from '../../../core/api/types';

interface RenewPasswordDialogProps {
  account: AccountSummary;
  name: string;
  onClose: () => void;
}

export function RenewPasswordDialog({ account, name, onClose }: RenewPasswordDialogProps) {
  const translate = useTranslate();
  const explanationId = useId();
  const mutation = useAccountAction(account.id, accountActions.renew);
  const renewed = mutation.data;
  const keys = 'hub.account_lifecycle.renew';

  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <AccountActionDialog
      title={translate(renewed ? `${keys}.createdTitle` : `${keys}.title`, { name })}
      describedBy={renewed ? undefined : explanationId}
      // The new password closes only through its Close button, never by a stray Escape.
      onDismiss={() => !mutation.isPending && !renewed && close()}
    >
      {renewed ? (
        <AccountCreatedView
          account={{ ...renewed, username: renewed.account.username }}
          newAccount={false}
          onClose={close}
        />
      ) : (
        <ConfirmActionContent
          explanationId={explanationId}
          explanation={translate(account.status === 'active' ? `${keys}.active` : `${keys}.awaiting`)}
          confirmLabel={translate(`${keys}.confirm`)}
          confirmColor="primary"
          pending={mutation.isPending}
          failure={mutation.error ? describeAccountActionError(mutation.error) : undefined}
          onConfirm={() => mutation.mutate()}
          onCancel={close}
        />
      )}
    </AccountActionDialog>
  );
}
