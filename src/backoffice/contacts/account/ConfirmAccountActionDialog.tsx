import { useId } from 'react';
import { useNotify } from 'react-admin';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { describeAccountActionError } from './accountActionErrors';
import { AccountActionDialog } from './AccountActionDialog';
import { ConfirmActionContent } from './ConfirmActionContent';
import { accountActions, useAccountAction } from './api';

export type ConfirmedAction = 'block' | 'unblock' | 'resetMail' | 'resetSecondFactor';

// For a shared customer these say how far the action reaches: one organisation, or all of them.
const sharedWording: readonly ConfirmedAction[] = ['block', 'resetSecondFactor'];

interface ConfirmAccountActionDialogProps {
  /** Fixed when the dialog opens: the account's status flips while it is still open. */
  action: ConfirmedAction;
  accountId: number;
  /** A shared customer: blocking is for the caller's organisation only, and the dialog says so. */
  shared: boolean;
  name: string;
  onClose: () => void;
}

export function ConfirmAccountActionDialog({ action, accountId, shared, name, onClose }: ConfirmAccountActionDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const explanationId = useId();
  const mutation = useAccountAction<unknown>(accountId, accountActions[action]);
  const keys = `hub.account_lifecycle.${action}`;

  const confirm = () =>
    mutation.mutate(undefined, {
      onSuccess: () => {
        notify(`${keys}.done`, { type: 'success', messageArgs: { name } });
        onClose();
      },
    });

  return (
    <AccountActionDialog
      title={translate(`${keys}.title`, { name })}
      describedBy={explanationId}
      onDismiss={() => !mutation.isPending && onClose()}
    >
      <ConfirmActionContent
        explanationId={explanationId}
        explanation={translate(shared && sharedWording.includes(action) ? `${keys}.sharedExplanation` : `${keys}.explanation`)}
        confirmLabel={translate(`${keys}.confirm`)}
        confirmColor={action === 'block' || action === 'resetSecondFactor' ? 'error' : 'primary'}
        pending={mutation.isPending}
        failure={mutation.error ? describeAccountActionError(mutation.error) : undefined}
        onConfirm={confirm}
        onCancel={onClose}
      />
    </AccountActionDialog>
  );
}
