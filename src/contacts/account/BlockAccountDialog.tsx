import { useId } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { describeAccountActionError } from './accountActionErrors';
import { AccountActionDialog } from './AccountActionDialog';
import { ConfirmActionContent } from './ConfirmActionContent';
import { useAccountMutation } from './useAccountMutation';

export type BlockAction = 'block' | 'unblock';

interface BlockAccountDialogProps {
  /** Fixed when the dialog opens: the account's status flips while it is still open. */
  action: BlockAction;
  accountId: number;
  name: string;
  onClose: () => void;
}

/** "Account blokkeren" / "Account deblokkeren": says what will happen, then does it. */
export function BlockAccountDialog({ action, accountId, name, onClose }: BlockAccountDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const explanationId = useId();
  const mutation = useAccountMutation(accountId, (dataProvider) =>
    action === 'block' ? dataProvider.blockAccount(accountId) : dataProvider.unblockAccount(accountId),
  );
  const keys = `hub.account_lifecycle.${action}`;

  const confirm = () =>
    mutation.mutate(undefined, {
      onSuccess: () => {
        notify(`${keys}.done`, { type: 'success' });
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
        explanation={translate(`${keys}.explanation`)}
        confirmLabel={translate(`${keys}.confirm`)}
        confirmColor={action === 'block' ? 'error' : 'primary'}
        pending={mutation.isPending}
        failure={mutation.error ? describeAccountActionError(mutation.error) : undefined}
        onConfirm={confirm}
        onCancel={onClose}
      />
    </AccountActionDialog>
  );
}
