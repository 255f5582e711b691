/** Each check is a query keyed by contact and email, so a late answer for older typing never wins. */
import { useEffect, useRef, useState } from 'react';
import { useGetMany, type Identifier } from 'react-admin';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { fullName } from '../../../core/ui/names';
import { normaliseEmail } from '../accountEmail';
import { FIXABLE, stateOf, type BulkRow } from './bulkRows';
import { bulkPreviewQuery, checkBulkItem } from './api';
import type { Contact } from '../../../core/api/types';

const CHECK_DELAY_MS = 600;

const checkKey = (contactId: number, email: string) => ['bulkAccounts', 'check', contactId, email] as const;

export function useBulkPreview(ids: Identifier[]) {
  const queryClient = useQueryClient();
  const contactIds = ids.map(Number);
  // Names only; the dry run decides the state. Without names (failed fetch) rows show the id.
  const { data: contacts, isPending: namesPending } = useGetMany<Contact>('contacts', { ids: contactIds });
  const preview = useQuery(bulkPreviewQuery(contactIds));
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [checked, setChecked] = useState<Record<number, string>>({});
  const checks = useQueries({
    queries: Object.entries(checked).map(([id, email]) => ({
      queryKey: checkKey(Number(id), email),
      queryFn: () => checkBulkItem({ contactId: Number(id), email }),
      staleTime: Infinity,
      gcTime: 0,
      // A failed check is marked on its row; Enter in the field checks again.
      retry: false,
    })),
  });
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const check = (contactId: number, typed: string) => {
    clearTimeout(timers.current.get(contactId));
    const email = normaliseEmail(typed);
    if (checked[contactId] === email) void queryClient.refetchQueries({ queryKey: checkKey(contactId, email), exact: true });
    else setChecked((all) => ({ ...all, [contactId]: email }));
  };

  const editEmail = (contactId: number, typed: string) => {
    setDrafts((all) => ({ ...all, [contactId]: typed }));
    clearTimeout(timers.current.get(contactId));
    timers.current.set(contactId, setTimeout(() => setChecked((all) => ({ ...all, [contactId]: normaliseEmail(typed) })), CHECK_DELAY_MS));
  };

  /** Enter in the field, or a retry: check the current typing now. */
  const checkNow = (contactId: number) => {
    const typed = drafts[contactId];
    if (typed !== undefined) check(contactId, typed);
  };

  const checkOf = (contactId: number, typed: string) => {
    const index = Object.keys(checked).indexOf(String(contactId));
    return checked[contactId] === normaliseEmail(typed) ? checks[index] : undefined;
  };

  const answers = namesPending ? undefined : preview.data?.items;
  const rows: BulkRow[] | undefined = answers?.map((first) => {
    const contact = contacts?.find((c) => c.id === first.contactId);
    const name = contact ? fullName(contact) : `#${first.contactId}`;
    const typed = drafts[first.contactId];
    const editable = typed !== undefined || FIXABLE.includes(stateOf(first));
    if (typed === undefined) {
      return { contactId: first.contactId, name, email: first.email ?? '', username: first.email, state: stateOf(first), editable };
    }
    const latest = checkOf(first.contactId, typed);
    const result = latest?.isFetching ? undefined : latest?.data;
    const state = result ? stateOf(result) : latest?.isError && !latest.isFetching ? 'check_failed' : 'checking';
    return { contactId: first.contactId, name, email: typed, username: result?.email ?? null, state, editable };
  });
  const checkError = checks.find((query) => query.isError)?.error ?? undefined;

  return { rows, error: preview.error ?? checkError, retry: () => void preview.refetch(), editEmail, checkNow };
}
