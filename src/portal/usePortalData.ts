/**
 * The customer's own data, one react-query hook per "mine" endpoint, all through the data
 * provider (never fetch). Keys start with 'mine' so logout/login can drop them together.
 */
import { useQuery } from '@tanstack/react-query';
import { HttpError, useDataProvider } from 'react-admin';
import type { HubDataProvider } from '../providers/dataProvider';

/**
 * Retry once on server or network trouble; a 4xx answer (not found, forbidden) will not change
 * by asking again, and the user has a retry button for everything else.
 */
export function retryOnceWhenTransient(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpError ? error.status : 0;
  return failureCount < 1 && (status === 0 || status >= 500);
}

const options = { retry: retryOnceWhenTransient };

export function useAccountMine() {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({ ...options, queryKey: ['mine', 'account'], queryFn: () => dataProvider.getAccountMine() });
}

export function useOrganizationsMine() {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({
    ...options,
    queryKey: ['mine', 'organizations'],
    queryFn: () => dataProvider.getOrganizationsMine(),
  });
}

export function useGroupsMine() {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({ ...options, queryKey: ['mine', 'groups'], queryFn: () => dataProvider.getGroupsMine() });
}

export function usePermissionsMine() {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({
    ...options,
    queryKey: ['mine', 'permissions'],
    queryFn: () => dataProvider.getPermissionsMine(),
  });
}

export function useContractsMine() {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({ ...options, queryKey: ['mine', 'contracts'], queryFn: () => dataProvider.getContractsMine() });
}

export function useContractMine(id: string) {
  const dataProvider = useDataProvider<HubDataProvider>();
  return useQuery({
    ...options,
    queryKey: ['mine', 'contracts', id],
    queryFn: () => dataProvider.getContractMine(id),
  });
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
