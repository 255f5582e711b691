/**
 * A software passkey for the tests, as Chromium's virtual authenticator is for e2e: an ES256 key
 * pair made with Web Crypto, "none" attestation, user presence and verification set. It answers
 * the options the API gives exactly as a browser would, for the origin it is told.
 */
import { isoBase64URL, isoCBOR } from '@simplewebauthn/server/helpers';

type Options = { challenge: string; rpId?: string; rp?: { id?: string }; user?: { id: string } };

const sha256 = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
const concat = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) out.set(part, (at += part.length) - part.length);
  return out;
};
const uint32 = (value: number) => new Uint8Array([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
const text = (value: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(value);

/** An ECDSA signature as WebAuthn carries it: ASN.1 DER, not Web Crypto's r|s. */
function derSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const integer = (bytes: Uint8Array) => {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    const trimmed = bytes.slice(start);
    const body = trimmed[0] & 0x80 ? concat(new Uint8Array([0]), trimmed) : trimmed;
    return concat(new Uint8Array([0x02, body.length]), body);
  };
  const sequence = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concat(new Uint8Array([0x30, sequence.length]), sequence);
}

const UP_UV = 0x01 | 0x04;
const ATTESTED = 0x40;

export interface SoftwarePasskey {
  credentialId: string;
  /** The user handle the account gave at registration. */
  userHandle: string;
  register(options: Options, origin: string): Promise<Record<string, unknown>>;
  assert(options: Options, origin: string, overrides?: { flags?: number; rpId?: string }): Promise<Record<string, unknown>>;
}

export async function createSoftwarePasskey(): Promise<SoftwarePasskey> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
  const rawId = crypto.getRandomValues(new Uint8Array(16));
  const credentialId = isoBase64URL.fromBuffer(rawId);
  let counter = 0;
  const clientData = (type: string, challenge: string, origin: string) => text(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  const passkey: SoftwarePasskey = {
    credentialId,
    userHandle: '',
    async register(options, origin) {
      passkey.userHandle = options.user!.id;
      const coseKey = new Map<number, number | Uint8Array>([[1, 2], [3, -7], [-1, 1], [-2, isoBase64URL.toBuffer(jwk.x!)], [-3, isoBase64URL.toBuffer(jwk.y!)]]);
      const attested = concat(new Uint8Array(16), new Uint8Array([0, rawId.length]), rawId, isoCBOR.encode(coseKey));
      const authData = concat(await sha256(text(options.rp!.id!)), new Uint8Array([UP_UV | ATTESTED]), uint32(counter), attested);
      const attestationObject = isoCBOR.encode(new Map<string, unknown>([['fmt', 'none'], ['attStmt', new Map()], ['authData', authData]]) as never);
      return {
        id: credentialId, rawId: credentialId, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform',
        response: { clientDataJSON: isoBase64URL.fromBuffer(clientData('webauthn.create', options.challenge, origin)), attestationObject: isoBase64URL.fromBuffer(attestationObject), transports: ['internal'] },
      };
    },
    async assert(options, origin, overrides = {}) {
      counter++;
      const authData = concat(await sha256(text(overrides.rpId ?? options.rpId!)), new Uint8Array([overrides.flags ?? UP_UV]), uint32(counter));
      const data = clientData('webauthn.get', options.challenge, origin);
      const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, concat(authData, await sha256(data))));
      return {
        id: credentialId, rawId: credentialId, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform',
        response: { clientDataJSON: isoBase64URL.fromBuffer(data), authenticatorData: isoBase64URL.fromBuffer(authData), signature: isoBase64URL.fromBuffer(derSignature(raw)), userHandle: passkey.userHandle },
      };
    },
  };
  return passkey;
}
