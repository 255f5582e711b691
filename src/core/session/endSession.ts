/**
 * Ending the session, for both sections: the app's query client calls it for every failed query
 * or mutation, the logout buttons call logOut. The authProvider ends it (its checkError decides:
 * 401 ends it, 403 does not, as react-admin's hooks ask it too), the one query cache forgets the
 * user's data, and the login page opens, knowing the page to return to; in a preview tab the
 * portal opens instead, which says that the preview ended.
 */
import type { QueryClient } from '@tanstack/react-query';
import { authProvider } from './authProvider';
import { LOGIN_PATH } from './landing';
import { readSession } from './session';

export interface Where {
  pathname: string;
  search: string;
}

/** Router state for the login page: where the user was (LoginForm reads it). */
export interface ReturnTo {
  nextPathname: string;
  nextSearch: string;
}

/** The login page's router state for a user who was at `from`. */
export function returnTo(from: Where): ReturnTo {
  return { nextPathname: from.pathname, nextSearch: from.search };
}

export type Navigate = (to: string, options: { replace?: boolean; state?: ReturnTo }) => unknown;

export async function logOut(queryClient: QueryClient, navigate: Navigate, from: Where): Promise<void> {
  const redirect: unknown = await authProvider.logout({});
  queryClient.clear();
  navigate(typeof redirect === 'string' ? redirect : LOGIN_PATH, { state: returnTo(from) });
}

/**
 * For a failed API call: a 401 ends the session and opens the login page (true); any other error
 * leaves it (false). Of several calls failing at once, the first one navigates.
 */
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
