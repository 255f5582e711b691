/** Hooks over the customer's own data beside a page's own (see mineQueries); a 401 ends the session (createQueryClient). */
import { useQuery } from '@tanstack/react-query';
import { HttpError } from '../../core/api/httpClient';
import { mineQueries } from './mineQueries';

export const usePermissionsMine = () => useQuery(mineQueries.permissions());

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}
