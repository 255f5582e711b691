/** The caller's own sign-in methods: the query the pages read and the mutations that change them. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPaths, withParams } from '../../core/api/paths';
import { apiUrl } from '../../core/api/apiUrl';
import { httpClient, postJson } from '../../core/api/httpClient';
import type { components } from '../../core/api/schema';
import type { SignInMethods } from '../../core/api/types';
import { readSession, writeSession } from '../../core/session/session';

type Schemas = components['schemas'];
export type { SignInMethods };
export type Passkey = Schemas['Passkey'];
export type TotpEnrolment = Schemas['TotpEnrolmentResponse']['data'];
export type RecoveryCodes = Schemas['RecoveryCodes'];
export type OwnSession = Schemas['OwnSession'];
export type OwnPreview = Schemas['OwnPreview'];

async function getData<Response extends { data: unknown }>(path: string): Promise<Response['data']> {
  return ((await httpClient(`${apiUrl}${path}`)).json as Response).data;
}

export const securityQueries = {
  signInMethods: () =>
    queryOptions({ queryKey: ['security', 'signInMethods'], queryFn: () => getData<Schemas['SignInMethodsResponse']>(apiPaths.signInMethods) }),
  sessions: () =>
    queryOptions({ queryKey: ['security', 'sessions'], queryFn: async () => (await getData<Schemas['OwnSessionsResponse']>(apiPaths.ownSessions)).items }),
  previews: () =>
    queryOptions({ queryKey: ['security', 'previews'], queryFn: async () => (await getData<Schemas['OwnPreviewsResponse']>(apiPaths.ownPreviews)).items }),
};

/** The first factor ends a staff session's enrolment-only restriction: the stored session says so too. */
function secondFactorAdded(): void {
  const session = readSession();
  if (session?.secondFactorEnrolmentRequired) writeSession({ ...session, secondFactorEnrolmentRequired: false });
}

function useRefreshingMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>, onAdded = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      if (onAdded) secondFactorAdded();
      return queryClient.invalidateQueries({ queryKey: securityQueries.signInMethods().queryKey });
    },
  });
}

export function useStartTotpEnrolment() {
  return useMutation({
    mutationFn: async () => (await postJson<Schemas['TotpEnrolmentResponse']>(apiPaths.totpEnrolment)).data,
  });
}

/** Spaces are the reader's (the key is shown in groups, a code may be pasted "123 456"). */
export const digitsOf = (code: string) => code.replace(/\s+/g, '');

export function useConfirmTotp() {
  return useRefreshingMutation(
    async (code: string) => (await postJson<Schemas['SecondFactorAddedResponse']>(apiPaths.totpEnrolmentConfirm, { code: digitsOf(code) })).data.recoveryCodes,
    true,
  );
}

export function useRemoveTotp() {
  return useRefreshingMutation(() => httpClient(`${apiUrl}${apiPaths.totp}`, { method: 'DELETE' }));
}

/** The browser's part loads with the first passkey someone adds, not with the page. */
async function createPasskeyCredential() {
  const { data } = await postJson<Schemas['PasskeyOptionsResponse']>(apiPaths.passkeyRegistrationOptions);
  const { startRegistration } = await import('@simplewebauthn/browser');
  return startRegistration({ optionsJSON: data.options as unknown as Parameters<typeof startRegistration>[0]['optionsJSON'] });
}

export function useAddPasskey() {
  return useRefreshingMutation(async (name: string) => {
    const credential = await createPasskeyCredential();
    return (await postJson<Schemas['PasskeyAddedResponse']>(apiPaths.passkeys, { name: name.trim(), credential })).data.recoveryCodes;
  }, true);
}

export function useRemovePasskey() {
  return useRefreshingMutation((id: number) => httpClient(`${apiUrl}${withParams(apiPaths.passkey, { id })}`, { method: 'DELETE' }));
}

export function useRenamePasskey() {
  return useRefreshingMutation(async ({ id, name }: { id: number; name: string }) => {
    const { json } = await httpClient(`${apiUrl}${withParams(apiPaths.passkey, { id })}`, { method: 'PUT', body: JSON.stringify({ name }) });
    return (json as Schemas['PasskeyResponse']).data;
  });
}

export function useNewRecoveryCodes() {
  return useRefreshingMutation(async () => (await postJson<Schemas['RecoveryCodesResponse']>(apiPaths.recoveryCodes)).data.recoveryCodes);
}

/** A cancelled or timed-out browser prompt (WebAuthn's NotAllowedError), not a failure to report. */
export function isCancelledPrompt(error: unknown): boolean {
  const named = error as { name?: string; code?: string; cause?: { name?: string } } | null;
  return named?.name === 'NotAllowedError' || named?.cause?.name === 'NotAllowedError' || named?.code === 'ERROR_CEREMONY_ABORTED';
}

/** The browser can make passkeys at all (no WebAuthn: the page offers the app only). */
export function canMakePasskeys(): boolean {
  return typeof window.PublicKeyCredential === 'function';
}

/**
 * Ends one of the customer's sessions; the list is asked again (a 404: it had ended already), but
 * not after this one ended: that question would only meet its own 401.
 */
export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (session: OwnSession) => httpClient(`${apiUrl}${withParams(apiPaths.ownSession, { sessionId: session.id })}`, { method: 'DELETE' }),
    onSettled: (_result, error, session) =>
      session.current && !error ? undefined : queryClient.invalidateQueries({ queryKey: securityQueries.sessions().queryKey }),
  });
}

export function useEndOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => (await postJson<Schemas['SessionsEndedResponse']>(apiPaths.endOtherOwnSessions)).data.ended,
    onSettled: () => queryClient.invalidateQueries({ queryKey: securityQueries.sessions().queryKey }),
  });
}
