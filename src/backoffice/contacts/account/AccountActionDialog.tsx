import { useId, type ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogTitle from '@mui/material/DialogTitle';

interface AccountActionDialogProps {
  title: string;
  /** Escape or a click beside the dialog; the caller decides whether that may close it now. */
  onDismiss: () => void;
  /** The id of the text that explains the action, read out with the title. */
  describedBy?: string;
  children: ReactNode;
}

/**
 * The frame of the panel's account dialogs. Focus is put back by the panel itself (the button
 * that opened the dialog may be gone once the status changed), hence disableRestoreFocus.
 */
export function AccountActionDialog({ title, onDismiss, describedBy, children }: AccountActionDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open
      onClose={onDismiss}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      fullWidth
      maxWidth="sm"
      disableRestoreFocus
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {children}
    </Dialog>
  );
}
