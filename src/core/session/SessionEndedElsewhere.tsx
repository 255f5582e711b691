/**
 * One browser, one session: when another tab logs out, is logged out (a 401, an expired session)
 * or logs in as someone else, this tab leaves the screen it shows at once. The query cache
 * forgets the user's data and the login page opens (saying why, when the session ended by
 * itself), or, for another user, their home. Both sections share the one cache. Mounted once,
 * at the root of the routes.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { LOGIN_PATH } from './landing';
import { onSessionEndedElsewhere } from './session';
import { returnTo } from './endSession';

export function SessionEndedElsewhere() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(
    () =>
      onSessionEndedElsewhere((next) => {
        queryClient.clear();
        // With someone else's session stored, '/' sends them to their own home; the page this
        // tab was on is not theirs to return to. Without one, the login page brings the user back.
        if (next) void navigate('/', { replace: true });
        else void navigate(LOGIN_PATH, { replace: true, state: returnTo({ pathname, search }) });
      }),
    [navigate, pathname, queryClient, search],
  );
  return null;
}
