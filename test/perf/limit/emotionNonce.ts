/**
 * emotion's style cache with the CSP nonce the production server writes into index.html (Vite's
 * html.cspNonce, replaced per response by nginx). The server's policy allows style elements only
 * with that nonce, and MUI styles through emotion: without it the apps would draw unstyled.
 * Every app the bench serves needs this, as the Hub does (src/core/ui/emotionCache.ts).
 */
import createCache from '@emotion/cache';

const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

export const emotionNonceCache = createCache({ key: 'css', nonce });
