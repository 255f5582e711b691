import type { QueryClient } from '@tanstack/react-query';
import { authProvider } from './authProvider';
import { LOGIN_PATH } from './landing';
import { readSession } from './session';

export interface Where {
  pathname: string;
  search: string;
}

export interface ReturnTo {
  nextPathname: string;
  nextSearch: string;
}

export function returnTo(from: Where): ReturnTo {
  return { nextPathname: from.pathname, nextSearch: from.search };
}

export type Navigate = (to: string, options: { replace?: boolean; state?: ReturnTo }) => unknown;

export async function logOut(queryClient: QueryClient, navigate: Navigate, from: Where): Promise<void> {
  const redirect: unknown = await authProvider.logout({});
  queryClient.clear();
  navigate(typeof redirect === 'string' ? redirect : LOGIN_PATH, { state: returnTo(from) });
}

export async function endSessionIfUnauthorized(error: unknown, queryClient: QueryClient, navigate: Navigate, from: Where): Promise<boolean> {
  // checkError clears the session before it settles: only the first of several 401s still sees one.
  const hadSession = readSession() !== null;
  try {
    await authProvider.checkError(error);
    return false;
  } catch {
    if (hadSession) await logOut(queryClient, navigate, from);
    return true;
  }
}
