/**
 * emotion's style cache with the CSP nonce of this response. The production server's policy
 * (deploy/) allows style elements only with that nonce, and MUI and react-admin style everything
 * through emotion at run time. nginx writes the nonce into index.html's
 * `<meta property="csp-nonce">` (Vite's html.cspNonce); the `nonce` property still holds it after
 * the browser hides the attribute. Without the tag (dev server, tests) there is no nonce and no CSP.
 */
import createCache from '@emotion/cache';

function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

export const emotionCache = createCache({ key: 'css', nonce: cspNonce() });
