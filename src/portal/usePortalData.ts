/**
 * The customer's own data, one react-query hook per "mine" endpoint (see mineQueries), all
 * through the data provider (never fetch), whose 401s end the session.
 */
import { useQuery } from '@tanstack/react-query';
import { HttpError } from 'react-admin';
import type { HubDataProvider } from '../providers/dataProvider';
import { useHubDataProvider } from '../providers/useHubDataProvider';
import { mineQueries, type MineQuery } from './mineQueries';
import { withPrefetch } from './prefetchPortalData';

/**
 * Retry once on server or network trouble; a 4xx answer (not found, forbidden) will not change
 * by asking again, and the user has a retry button for everything else.
 */
export function retryOnceWhenTransient(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : 0;
  return failureCount < 1 && (status === 0 || status >= 500);
}

/** One "mine" query, called on the typed data provider whose 401s end the session. */
function useMineQuery<T>(query: (dataProvider: HubDataProvider) => MineQuery<T>) {
  const dataProvider = useHubDataProvider();
  return useQuery({ ...withPrefetch(query(dataProvider)), retry: retryOnceWhenTransient });
}

export const useAccountMine = () => useMineQuery(mineQueries.account);
export const useOrganizationsMine = () => useMineQuery(mineQueries.organizations);
export const useGroupsMine = () => useMineQuery(mineQueries.groups);
export const usePermissionsMine = () => useMineQuery(mineQueries.permissions);
export const useContractsMine = () => useMineQuery(mineQueries.contracts);
export const useContractMine = (id: string) => useMineQuery((dataProvider) => mineQueries.contract(dataProvider, id));

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
