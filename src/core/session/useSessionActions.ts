import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { endSessionIfUnauthorized, logOut } from './endSession';

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return useCallback(() => logOut(queryClient, navigate, { pathname, search }), [navigate, pathname, queryClient, search]);
}

/** For a failed call outside a query (a save, a download): true when it ended the session. */
export function useEndSessionIfUnauthorized(): (error: unknown) => Promise<boolean> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  return useCallback(
    (error: unknown) => endSessionIfUnauthorized(error, queryClient, navigate, { pathname, search }),
    [navigate, pathname, queryClient, search],
  );
}
