/** A failed request stops the run; a retry sends only unanswered contacts (the API never makes a second account). */
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { createBulkAccounts } from './api';
import type { BulkAccountItem, BulkAccountResult } from '../../../core/api/types';

/** Small enough that the progress bar moves and a failed request loses little. */
export const CHUNK_SIZE = 5;

export interface BulkProgress {
  done: number;
  total: number;
}

export function useBulkCreate() {
  // Kept across runs (a mutation keeps only its last), so a retry knows who has an answer.
  const [outcomes, setOutcomes] = useState<Record<number, BulkAccountResult>>({});
  const [progress, setProgress] = useState<BulkProgress>();

  const run = useMutation({
    mutationFn: async (items: BulkAccountItem[]) => {
      const todo = items.filter((item) => !outcomes[item.contactId]);
      let done = items.length - todo.length;
      setProgress({ done, total: items.length });
      for (let start = 0; start < todo.length; start += CHUNK_SIZE) {
        const results = await createBulkAccounts(todo.slice(start, start + CHUNK_SIZE));
        setOutcomes((all) => ({ ...all, ...Object.fromEntries(results.map((r) => [r.contactId, r])) }));
        done += results.length;
        setProgress({ done, total: items.length });
      }
    },
  });

  const create = (items: BulkAccountItem[]) => {
    if (!run.isPending) run.mutate(items);
  };
  return {
    create,
    outcomes,
    progress,
    error: run.error ?? undefined,
    creating: run.isPending,
    started: progress !== undefined,
    finished: run.isSuccess,
  };
}
