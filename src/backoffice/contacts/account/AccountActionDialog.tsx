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

/** disableRestoreFocus: the panel restores focus itself, since the opener may be gone. */
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
      // A long unbroken name in the title or text wraps inside the dialog; button labels stay whole.
      slotProps={{ paper: { sx: { overflowWrap: 'anywhere', '& .MuiDialogActions-root': { overflowWrap: 'normal' } } } }}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      {children}
    </Dialog>
  );
}
