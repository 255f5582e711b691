/** The pages' hooks over the customer's own data (see mineQueries); a 401 ends the session (createQueryClient). */
import { useQuery } from '@tanstack/react-query';
import { apiErrorCode } from '../../core/api/apiErrorMessage';
import { mineQueries } from './mineQueries';

export const useAccountMine = () => useQuery(mineQueries.account());
export const useOrganizationsMine = () => useQuery(mineQueries.organizations());
export const useGroupsMine = () => useQuery(mineQueries.groups());
export const usePermissionsMine = () => useQuery(mineQueries.permissions());
export const useContractsMine = () => useQuery(mineQueries.contracts());
export const useContractMine = (id: string) => useQuery(mineQueries.contract(id));

export function isNotFound(error: unknown): boolean {
  return apiErrorCode(error) === 'not_found';
}
