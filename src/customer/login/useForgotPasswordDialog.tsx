/** The dialog is a chunk of its own, fetched once the page has rendered, so the login form is
 * usable sooner (docs/performance.md, Where the customer pages' bytes go, and the floor). */
import { Suspense, useEffect, useState } from 'react';
import { lazyNamed } from '../../core/ui/lazyNamed';

const ForgotPasswordDialog = lazyNamed(() => import('./ForgotPasswordDialog'), 'ForgotPasswordDialog');

export function useForgotPasswordDialog() {
  const [dialog, setDialog] = useState({ open: false, initialUsername: '', opened: 0 });
  useEffect(() => {
    // A failed fetch (offline) is tried again when the dialog opens.
    ForgotPasswordDialog.preload().catch(() => undefined);
  }, []);
  const open = (initialUsername = '') => setDialog(({ opened }) => ({ open: true, initialUsername, opened: opened + 1 }));
  const close = () => setDialog((current) => ({ ...current, open: false }));
  const element = dialog.opened > 0 && (
    <Suspense fallback={null}>
      <ForgotPasswordDialog key={dialog.opened} open={dialog.open} onClose={close} initialUsername={dialog.initialUsername} />
    </Suspense>
  );
  return { open, element };
}
