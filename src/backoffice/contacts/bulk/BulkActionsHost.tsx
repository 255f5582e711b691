import { createContext, Suspense, useContext, useRef, useState, type ReactNode } from 'react';
import { useListContext, useRefresh, type Identifier } from 'react-admin';
import { lazyNamed } from '../../../core/ui/lazyNamed';
import { RowCheckboxNames } from './RowCheckboxNames';

// A chunk of its own, fetched when first opened: most visits to the list never open it.
const BulkAccountsDialog = lazyNamed(() => import('./BulkAccountsDialog'), 'BulkAccountsDialog');

const OpenBulkAccounts = createContext<(ids: Identifier[]) => void>(() => undefined);

/** For the bulk action button: opens the dialog for these contacts. */
export const useOpenBulkAccounts = () => useContext(OpenBulkAccounts);

/** Around both the table and the phone list, so rotating or zooming keeps the dialog and its input. */
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
    // The cleared selection hid the bulk button: keyboard users continue at "select all".
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
