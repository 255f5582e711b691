import { useQuery } from '@tanstack/react-query';
import { apiErrorCode } from '../../core/api/apiErrorMessage';
import { mineQueries } from './mineQueries';

export const usePermissionsMine = () => useQuery(mineQueries.permissions());

export function isNotFound(error: unknown): boolean {
  return apiErrorCode(error) === 'not_found';
}
