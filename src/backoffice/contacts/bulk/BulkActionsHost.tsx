import { createContext, Suspense, useContext, useRef, useState, type ReactNode } from 'react';
import { useListContext, useRefresh, type Identifier } from 'react-admin';
import { lazyNamed } from '../../../core/ui/lazyNamed';
import { RowCheckboxNames } from './RowCheckboxNames';

// A chunk of its own, fetched when first opened: most visits to the list never open it.
const BulkAccountsDialog = lazyNamed(() => import('./BulkAccountsDialog'), 'BulkAccountsDialog');

const OpenBulkAccounts = createContext<(ids: Identifier[]) => void>(() => undefined);

/** For the bulk action button: opens the dialog for these contacts. */
export const useOpenBulkAccounts = () => useContext(OpenBulkAccounts);

/**
 * Where the contacts list's bulk dialog lives: around the table *and* the phone list, so turning
 * a phone or zooming in (the table becomes a SimpleList) keeps the dialog and what was typed.
 * After a run the selection goes and the list refreshes (the account chips change); a cancelled
 * preview keeps the selection.
 */
export function BulkActionsHost({ children }: { children: ReactNode }) {
  const { onUnselectItems } = useListContext();
  const refresh = useRefresh();
  const [ids, setIds] = useState<Identifier[]>();
  const list = useRef<HTMLDivElement>(null);

  const close = (changed: boolean) => {
    setIds(undefined);
    if (!changed) return;
    onUnselectItems();
    refresh();
    // The dialog hands focus back to the bulk button, which the cleared selection just hid:
    // a keyboard user continues at the table's "select all" checkbox instead.
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus());
  };

  return (
    <OpenBulkAccounts.Provider value={setIds}>
      <div ref={list}>
        <RowCheckboxNames>{children}</RowCheckboxNames>
      </div>
      {ids && (
        <Suspense>
          <BulkAccountsDialog ids={ids} onClose={close} />
        </Suspense>
      )}
    </OpenBulkAccounts.Provider>
  );
}
