/**
 * The preview of the bulk dialog: every selected contact checked with a dry run, and emails fixed
 * in place. An edited email is checked again once the user pauses typing (or presses Enter);
 * answers are kept per contact and email, so a late answer for older typing never wins.
 */
import { useEffect, useRef, useState } from 'react';
import { useGetMany, type Identifier } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { fullName } from '../../../core/ui/names';
import { normaliseEmail } from '../accountEmail';
import { FIXABLE, stateOf, type BulkRow } from './bulkRows';
import { bulkPreviewQuery, checkBulkItem } from './api';
import type { BulkAccountResult, Contact } from '../../../core/api/types';

const CHECK_DELAY_MS = 600;

type Check = { result: BulkAccountResult } | { error: unknown };
const checkKey = (contactId: number, email: string) => `${contactId} ${email}`;

export function useBulkPreview(ids: Identifier[]) {
  const contactIds = ids.map(Number);
  // Names only; the dry run decides the state. Without names (failed fetch) rows show the id.
  const { data: contacts, isPending: namesPending } = useGetMany<Contact>('contacts', { ids: contactIds });
  const preview = useQuery(bulkPreviewQuery(contactIds));
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  // Per contact and email; `undefined` while a check is under way (the row shows "checking").
  const [checks, setChecks] = useState<Record<string, Check | undefined>>({});
  const [checkError, setCheckError] = useState<unknown>();
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const check = async (contactId: number, typed: string) => {
    clearTimeout(timers.current.get(contactId));
    const email = normaliseEmail(typed);
    setChecks((all) => ({ ...all, [checkKey(contactId, email)]: undefined }));
    let outcome: Check;
    try {
      outcome = { result: await checkBulkItem({ contactId, email }) };
      setCheckError(undefined);
    } catch (error) {
      outcome = { error };
      setCheckError(error);
    }
    setChecks((all) => ({ ...all, [checkKey(contactId, email)]: outcome }));
  };

  const editEmail = (contactId: number, typed: string) => {
    setDrafts((all) => ({ ...all, [contactId]: typed }));
    clearTimeout(timers.current.get(contactId));
    timers.current.set(contactId, setTimeout(() => void check(contactId, typed), CHECK_DELAY_MS));
  };

  /** Enter in the field, or a retry: check the current typing now. */
  const checkNow = (contactId: number) => {
    const typed = drafts[contactId];
    if (typed !== undefined) void check(contactId, typed);
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
    const latest = checks[checkKey(first.contactId, normaliseEmail(typed))];
    const result = latest && 'result' in latest ? latest.result : undefined;
    const state = result ? stateOf(result) : latest ? 'check_failed' : 'checking';
    return { contactId: first.contactId, name, email: typed, username: result?.email ?? null, state, editable };
  });

  return { rows, error: preview.error ?? checkError, retry: () => void preview.refetch(), editEmail, checkNow };
}
