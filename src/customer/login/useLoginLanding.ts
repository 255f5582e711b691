/** Where a login lands, whichever way it succeeded: the password alone, its second step, a passkey. */
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { openLoginSession, type LoginResponse } from '../../core/session/authProvider';
import type { ReturnTo } from '../../core/session/endSession';

function useNextPath(): string | undefined {
  const state = useLocation().state as Partial<ReturnTo> | null;
  return state?.nextPathname ? `${state.nextPathname}${state.nextSearch ?? ''}` : undefined;
}

export function useLoginLanding() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const nextPath = useNextPath();
  const land = async (redirectTo: string) => {
    // Nothing the last user's pages asked for stays in this tab.
    queryClient.clear();
    await navigate(redirectTo, { replace: true });
  };
  return {
    nextPath,
    land,
    /** Stores the session of a second step or a passkey, then lands as the password login does. */
    openSession: (answer: LoginResponse) => land(openLoginSession(answer, nextPath).redirectTo),
  };
}
