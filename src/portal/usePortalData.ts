/**
 * The customer's own data, one react-query hook per "mine" endpoint, all through the data
 * provider (never fetch), whose 401s end the session. Keys start with 'mine' so logout/login can
 * drop them together.
 */
import { useQuery } from '@tanstack/react-query';
import { HttpError } from 'react-admin';
import type { HubDataProvider } from '../providers/dataProvider';
import { useHubDataProvider } from '../providers/useHubDataProvider';

/**
 * Retry once on server or network trouble; a 4xx answer (not found, forbidden) will not change
 * by asking again, and the user has a retry button for everything else.
 */
export function retryOnceWhenTransient(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : 0;
  return failureCount < 1 && (status === 0 || status >= 500);
}

/** One "mine" query: a key under 'mine' and a call on the typed data provider. */
function useMineQuery<T>(key: readonly (string | number)[], load: (dataProvider: HubDataProvider) => Promise<T>) {
  const dataProvider = useHubDataProvider();
  return useQuery({ retry: retryOnceWhenTransient, queryKey: ['mine', ...key], queryFn: () => load(dataProvider) });
}

export const useAccountMine = () => useMineQuery(['account'], (dp) => dp.getAccountMine());
export const useOrganizationsMine = () => useMineQuery(['organizations'], (dp) => dp.getOrganizationsMine());
export const useGroupsMine = () => useMineQuery(['groups'], (dp) => dp.getGroupsMine());
export const usePermissionsMine = () => useMineQuery(['permissions'], (dp) => dp.getPermissionsMine());
export const useContractsMine = () => useMineQuery(['contracts'], (dp) => dp.getContractsMine());
export const useContractMine = (id: string) => useMineQuery(['contracts', id], (dp) => dp.getContractMine(id));

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
