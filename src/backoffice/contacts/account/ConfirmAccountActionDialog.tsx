import { useId } from 'react';
import { useNotify } from 'react-admin';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { describeAccountActionError } from './accountActionErrors';
import { AccountActionDialog } from './AccountActionDialog';
import { ConfirmActionContent } from './ConfirmActionContent';
import { accountActions, useAccountAction } from './api';
import type { AccountSummary } from '../../../core/api/types';

export type ConfirmedAction = 'block' | 'unblock' | 'resetMail' | 'resetSecondFactor' | 'endSessions' | 'activationMail';

// For a shared customer these say how far the action reaches: one organisation, or all of them.
const sharedWording: readonly ConfirmedAction[] = ['block', 'resetSecondFactor', 'endSessions'];
const destructive: readonly ConfirmedAction[] = ['block', 'resetSecondFactor', 'endSessions'];

interface ConfirmAccountActionDialogProps {
  /** Fixed when the dialog opens: the account's status flips while it is still open. */
  action: ConfirmedAction;
  /** A shared account widens or narrows the wording; its username is the address mails go to. */
  account: AccountSummary;
  name: string;
  onClose: () => void;
}

export function ConfirmAccountActionDialog({ action, account, name, onClose }: ConfirmAccountActionDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const explanationId = useId();
  const mutation = useAccountAction<unknown>(account.id, accountActions[action]);
  const keys = `hub.account_lifecycle.${action}`;
  const args = { name, email: account.username };

  const confirm = () =>
    mutation.mutate(undefined, {
      onSuccess: () => {
        notify(`${keys}.done`, { type: 'success', messageArgs: args });
        onClose();
      },
    });

  return (
    <AccountActionDialog
      title={translate(`${keys}.title`, args)}
      describedBy={explanationId}
      onDismiss={() => !mutation.isPending && onClose()}
    >
      <ConfirmActionContent
        explanationId={explanationId}
        explanation={translate(account.shared && sharedWording.includes(action) ? `${keys}.sharedExplanation` : `${keys}.explanation`, args)}
        confirmLabel={translate(`${keys}.confirm`)}
        confirmColor={destructive.includes(action) ? 'error' : 'primary'}
        pending={mutation.isPending}
        failure={mutation.error ? describeAccountActionError(mutation.error) : undefined}
        onConfirm={confirm}
        onCancel={onClose}
      />
    </AccountActionDialog>
  );
}
