// The production CSP allows emotion's style elements only with this response's nonce.
import createCache from '@emotion/cache';

function cspNonce(): string | undefined {
  return document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
}

export const emotionCache = createCache({ key: 'css', nonce: cspNonce() });
