/**
 * Creating the ready accounts, a few contacts per request so the progress bar moves and a failure
 * loses little. A failed request stops the run; "try again" sends only the contacts that have no
 * answer yet. The API never makes a second account, so even a resent request is safe.
 */
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { createBulkAccounts } from './api';
import type { BulkAccountItem, BulkAccountResult } from '../../../core/api/types';

/** Five per request: 3 contacts are one request, 250 (react-admin's "select all") are 50. */
export const CHUNK_SIZE = 5;

export interface BulkProgress {
  done: number;
  total: number;
}

export function useBulkCreate() {
  // A mutation, so that a 401 ends the session as every other call does (the app's query client).
  const { mutateAsync: createChunk } = useMutation({ mutationFn: createBulkAccounts });
  const [outcomes, setOutcomes] = useState<Record<number, BulkAccountResult>>({});
  const [progress, setProgress] = useState<BulkProgress>();
  const [error, setError] = useState<unknown>();
  const [finished, setFinished] = useState(false);
  const running = useRef(false);

  const create = async (items: BulkAccountItem[]) => {
    if (running.current) return;
    running.current = true;
    setError(undefined);
    const todo = items.filter((item) => !outcomes[item.contactId]);
    const total = items.length;
    let done = total - todo.length;
    setProgress({ done, total });
    try {
      for (let start = 0; start < todo.length; start += CHUNK_SIZE) {
        const results = await createChunk(todo.slice(start, start + CHUNK_SIZE));
        setOutcomes((all) => ({ ...all, ...Object.fromEntries(results.map((r) => [r.contactId, r])) }));
        done += results.length;
        setProgress({ done, total });
      }
      setFinished(true);
    } catch (failure) {
      setError(failure);
    } finally {
      running.current = false;
    }
  };

  const started = progress !== undefined;
  const creating = started && !finished && error === undefined;
  return { create, outcomes, progress, error, creating, started, finished };
}
