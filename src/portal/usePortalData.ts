/**
 * The customer's own data, one react-query hook per "mine" endpoint, all through the data
 * provider (never fetch). Keys start with 'mine' so logout/login can drop them together.
 */
import { useQuery } from '@tanstack/react-query';
import { useContext } from 'react';
import { DataProviderContext, HttpError, useLogoutIfAccessDenied } from 'react-admin';
import type { HubDataProvider } from '../providers/dataProvider';

/**
 * Retry once on server or network trouble; a 4xx answer (not found, forbidden) will not change
 * by asking again, and the user has a retry button for everything else.
 */
export function retryOnceWhenTransient(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : 0;
  return failureCount < 1 && (status === 0 || status >= 500);
}

/**
 * Every failure goes to the authProvider's checkError, as react-admin's own hooks do: a 401
 * (session expired, account blocked) ends the session and opens the login page. That is also
 * what react-admin's useDataProvider() proxy does, but after a logout it resolves with a
 * `{ data: {} }` placeholder, which a page expecting contracts would render (and crash on). So
 * the plain data provider is used here, and after a logout the query never settles: the page
 * keeps what it shows until the login page replaces it.
 */
function useCallWithSessionCheck() {
  const dataProvider = useContext(DataProviderContext) as HubDataProvider;
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return async <T>(load: (dataProvider: HubDataProvider) => Promise<T>): Promise<T> => {
    try {
      return await load(dataProvider);
    } catch (error) {
      if (await logoutIfAccessDenied(error)) return new Promise<T>(() => undefined);
      throw error;
    }
  };
}

/** One "mine" query: a key under 'mine' and a call on the typed data provider. */
function useMineQuery<T>(key: readonly (string | number)[], load: (dataProvider: HubDataProvider) => Promise<T>) {
  const call = useCallWithSessionCheck();
  return useQuery({ retry: retryOnceWhenTransient, queryKey: ['mine', ...key], queryFn: () => call(load) });
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
