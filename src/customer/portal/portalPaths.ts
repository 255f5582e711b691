import { CHANGE_PASSWORD_PATH, PORTAL_HOME } from '../../core/session/landing';

export const portalPaths = {
  account: PORTAL_HOME,
  organisations: `${PORTAL_HOME}/organisations`,
  permissions: `${PORTAL_HOME}/permissions`,
  contracts: `${PORTAL_HOME}/contracts`,
  contract: (id: number | string) => `${PORTAL_HOME}/contracts/${encodeURIComponent(String(id))}`,
  changePassword: CHANGE_PASSWORD_PATH,
  ownPassword: `${PORTAL_HOME}/password`,
  security: `${PORTAL_HOME}/security`,
  /** After the forced first password change: a passkey offered. */
  passkeyOffer: `${PORTAL_HOME}/security/passkey`,
} as const;
