/**
 * The login page's passkey: its button, and the browser's offer of passkeys in the username field
 * (WebAuthn conditional mediation). @simplewebauthn/browser and the calls load on demand, after
 * the page has rendered: the first chunk carries only this hook.
 */
import { useEffect, useEffectEvent } from 'react';
import { useIsMutating, useMutation } from '@tanstack/react-query';
import type { LoginResponse } from '../../core/session/authProvider';
import { PASSWORD_LOGIN_KEY } from './LoginForm';

const loginCalls = () => import('./secondStep/loginCalls');

/** The browser has WebAuthn at all (the library then says whether it offers passkeys in a field). */
export const canUsePasskeys = () => typeof window.PublicKeyCredential === 'function';

interface PasskeyLoginOptions {
  /** Whether the username field offers passkeys now (not while the second step shows). */
  offerInField: boolean;
  onSession: (answer: LoginResponse) => Promise<void>;
  onRefused: (error: unknown) => void;
}

export function usePasskeyLogin({ offerInField, onSession, onRefused }: PasskeyLoginOptions) {
  const button = useMutation({
    mutationFn: async () => (await loginCalls()).logInWithPasskey(),
    onSuccess: (answer) => answer && onSession(answer),
    onError: onRefused,
  });
  // Ended while the password is sent, or the button's prompt is open; offered again after.
  const sendingPassword = useIsMutating({ mutationKey: PASSWORD_LOGIN_KEY }) > 0;
  const offered = offerInField && !sendingPassword && !button.isPending && canUsePasskeys();
  const chosen = useEffectEvent((answer: LoginResponse | null) => {
    if (answer) void onSession(answer);
  });
  const refused = useEffectEvent(onRefused);
  useEffect(() => {
    if (!offered) return;
    const controller = new AbortController();
    loginCalls()
      .then((calls) => calls.logInWithAutofill(controller.signal))
      .then(
        (answer) => {
          if (!controller.signal.aborted) chosen(answer);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) refused(error);
        },
      );
    return () => controller.abort();
  }, [offered]);
  return { start: () => button.mutate(), pending: button.isPending };
}
