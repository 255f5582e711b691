/**
 * One browser, one session: when another tab logs out, is logged out (a 401, an expired session)
 * or logs in as someone else, this tab leaves the screen it shows at once. react-admin's logout
 * empties the query cache (the back office's and the portal's data) and the store, then opens the
 * login page (which says why, when the session ended by itself), or, for another user, their home.
 * Mounted once inside <Admin>, so the back office and the portal both react.
 */
import { useEffect } from 'react';
import { useLogout } from 'react-admin';
import { ENDED_IN_ANOTHER_TAB } from '../providers/authProvider';
import { onSessionEndedElsewhere } from '../providers/session';

export function SessionEndedElsewhere() {
  const logout = useLogout();
  useEffect(
    () =>
      onSessionEndedElsewhere((next) => {
        // With someone else's session stored, '/' sends them to their own home; the page this
        // tab was on is not theirs to return to.
        void logout(ENDED_IN_ANOTHER_TAB, next ? '/' : undefined, !next);
      }),
    [logout],
  );
  return null;
}
