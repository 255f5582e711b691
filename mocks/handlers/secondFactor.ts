/**
 * The routes of the second factor. Their code (with @simplewebauthn/server, otpauth and the QR
 * code) loads with the first request that needs it, so the demo's start-up stays as light as it was.
 */
import { http, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { endpoint, route } from '../http';

const operations = async () => {
  const [own, staff] = await Promise.all([import('./secondFactorRoutes'), import('./accountSecondFactor')]);
  return { ...own.secondFactorResolvers, ...staff.accountSecondFactorResolvers };
};

type Operation = keyof Awaited<ReturnType<typeof operations>>;

function lazy(name: Operation): HttpResponseResolver<PathParams, DefaultBodyType> {
  return route(async ({ request, params }) => (await operations())[name]({ request, params }));
}

export function secondFactorHandlers(apiBase: string) {
  const at = (name: Operation & keyof typeof apiPaths) => endpoint(apiBase, apiPaths[name]);
  return [
    http.post(at('loginSecondStep'), lazy('loginSecondStep')),
    http.post(at('passkeyLoginOptions'), lazy('passkeyLoginOptions')),
    http.post(at('passkeyLogin'), lazy('passkeyLogin')),
    http.get(at('signInMethods'), lazy('signInMethods')),
    http.post(at('totpEnrolment'), lazy('totpEnrolment')),
    http.post(at('totpEnrolmentConfirm'), lazy('totpEnrolmentConfirm')),
    http.delete(at('totp'), lazy('totp')),
    http.post(at('passkeyRegistrationOptions'), lazy('passkeyRegistrationOptions')),
    http.post(at('passkeys'), lazy('passkeys')),
    http.delete(at('passkey'), lazy('passkey')),
    http.put(at('passkey'), lazy('renamePasskey')),
    http.post(at('recoveryCodes'), lazy('recoveryCodes')),
    http.get(at('accountSignInMethods'), lazy('accountSignInMethods')),
    http.post(at('accountSecondFactorReset'), lazy('accountSecondFactorReset')),
  ];
}
