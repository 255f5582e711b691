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
        // Someone else's session: '/' sends them home, the page this tab was on is not theirs.
        if (next) void navigate('/', { replace: true });
        else void navigate(LOGIN_PATH, { replace: true, state: returnTo({ pathname, search }) });
      }),
    [navigate, pathname, queryClient, search],
  );
  return null;
}
