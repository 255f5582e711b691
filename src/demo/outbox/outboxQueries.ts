import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiUrl } from '../../core/api/apiUrl';
import { httpClient } from '../../core/api/httpClient';
import { apiPaths, withParams } from '../../core/api/paths';
import type { OutboxMail } from '../../core/api/types';

// A demo sends a handful of mails; older ones are found by searching.
export const SHOWN = 50;

function totalOf(contentRange: string | null): number {
  return Number(contentRange?.split('/')[1] ?? 0);
}

export function outboxListQuery(search: string) {
  return queryOptions({
    queryKey: ['outbox', 'list', search],
    queryFn: async ({ signal }) => {
      const params = new URLSearchParams({
        sort: JSON.stringify(['sentAt', 'DESC']),
        range: JSON.stringify([0, SHOWN - 1]),
        filter: JSON.stringify(search ? { q: search } : {}),
      });
      const { json, headers } = await httpClient(`${apiUrl}${apiPaths.outbox}?${params}`, { signal });
      return { mails: json as OutboxMail[], total: totalOf(headers.get('Content-Range')) };
    },
    placeholderData: keepPreviousData,
  });
}

export function outboxMailQuery(id: string) {
  return queryOptions({
    queryKey: ['outbox', 'mail', id],
    queryFn: async ({ signal }) => (await httpClient(`${apiUrl}${withParams(apiPaths.outboxMail, { id })}`, { signal })).json as OutboxMail,
    retry: false,
  });
}
