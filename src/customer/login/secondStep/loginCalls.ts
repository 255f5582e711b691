/**
 * The login's calls after the password, and the passkey login: loaded on demand with
 * @simplewebauthn/browser, so none of it is in the login page's first chunk.
 */
import {
  startAuthentication,
  WebAuthnAbortService,
  browserSupportsWebAuthnAutofill,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { apiPaths } from '../../../core/api/paths';
import { postJson } from '../../../core/api/httpClient';
import { apiErrorCode, apiErrorStatus, passkeyPromptClosed } from '../../../core/api/apiErrorMessage';
import type { components } from '../../../core/api/schema';
import type { LoginResponse } from '../../../core/session/authProvider';

type OptionsResponse = components['schemas']['PasskeyOptionsResponse'];

export type CodeMethod = components['schemas']['SecondStepRequest']['method'];

export function answerSecondStep(secondStepToken: string, method: CodeMethod, code: string): Promise<LoginResponse> {
  return postJson<LoginResponse>(apiPaths.loginSecondStep, { secondStepToken, method, code });
}

/** The prompt this page started last: a caller that no longer wants its own ends it only while it is still the one open. */
let current: symbol | undefined;

/** Our own abort (a newer prompt, the password form sent, the page left): no answer at all. */
function isAborted(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERROR_CEREMONY_ABORTED';
}

/** A closed prompt (cancelled, timed out) is the user's choice, worded as such. */
function isPromptClosed(error: unknown): boolean {
  const named = error as { name?: string; cause?: { name?: string } } | null;
  return named?.name === 'NotAllowedError' || named?.cause?.name === 'NotAllowedError';
}

interface PasskeyPrompt {
  /** The login's second step, when the passkey answers it. */
  secondStepToken?: string;
  useBrowserAutofill?: boolean;
  /** Ends this prompt (WebAuthnAbortService, the library's one abort) while it is still the open one. */
  signal?: AbortSignal;
}

/** The session a passkey opens, or null when the prompt was ended by the page. */
export async function logInWithPasskey({ secondStepToken, useBrowserAutofill = false, signal }: PasskeyPrompt = {}): Promise<LoginResponse | null> {
  const mine = Symbol('passkey prompt');
  current = mine;
  const end = () => {
    if (current !== mine) return;
    current = undefined;
    WebAuthnAbortService.cancelCeremony();
  };
  signal?.addEventListener('abort', end);
  try {
    const { data } = await postJson<OptionsResponse>(apiPaths.passkeyLoginOptions, secondStepToken ? { secondStepToken } : {});
    if (current !== mine) return null;
    const optionsJSON = data.options as unknown as PublicKeyCredentialRequestOptionsJSON;
    const credential = await startAuthentication({ optionsJSON, useBrowserAutofill }).catch((error: unknown) => {
      if (isAborted(error)) return null;
      throw isPromptClosed(error) ? passkeyPromptClosed() : error;
    });
    return credential && postJson<LoginResponse>(apiPaths.passkeyLogin, { credential });
  } finally {
    signal?.removeEventListener('abort', end);
    if (current === mine) current = undefined;
  }
}

/**
 * The username field offers the browser's passkeys (WebAuthn conditional mediation), where the
 * browser can: resolves once one is chosen, or with null when it cannot or the page ended it.
 */
export async function logInWithAutofill(signal: AbortSignal): Promise<LoginResponse | null> {
  try {
    if (!(await browserSupportsWebAuthnAutofill()) || signal.aborted) return null;
    return await logInWithPasskey({ useBrowserAutofill: true, signal });
  } catch (error) {
    // Only the API's answer to a passkey the user chose is theirs to read. A prompt the browser
    // closed or refused on its own was no choice of theirs: the field just offers no passkey any more.
    if (apiErrorStatus(error) === undefined || apiErrorCode(error) === 'passkey_cancelled') return null;
    throw error;
  }
}
