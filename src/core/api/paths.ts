import type { paths } from './schema';

export const apiPaths = {
  login: '/auth/login',
  logout: '/auth/logout',
  changePassword: '/auth/change-password',
  forgotPassword: '/auth/forgot-password',
  resetPassword: '/auth/reset-password',
  checkResetToken: '/auth/reset-password/check',
  contacts: '/contact/contacts',
  contact: '/contact/contacts/{id}',
  accounts: '/account/accounts',
  accountsBulk: '/account/accounts/bulk',
  accountTemporaryPassword: '/account/accounts/{id}/temporary-password',
  accountBlock: '/account/accounts/{id}/block',
  accountUnblock: '/account/accounts/{id}/unblock',
  accountResetMail: '/account/accounts/{id}/reset-mail',
  accountEvents: '/account/accounts/{id}/events',
  accountPreview: '/account/accounts/{id}/preview',
  accountSignInMethods: '/account/accounts/{id}/sign-in-methods',
  accountSecondFactorReset: '/account/accounts/{id}/second-factor/reset',
  loginSecondStep: '/auth/login/second-step',
  passkeyLoginOptions: '/auth/passkey/options',
  passkeyLogin: '/auth/passkey/login',
  signInMethods: '/auth/sign-in-methods',
  totpEnrolment: '/auth/totp/enrolment',
  totpEnrolmentConfirm: '/auth/totp/enrolment/confirm',
  totp: '/auth/totp',
  passkeyRegistrationOptions: '/auth/passkeys/registration-options',
  passkeys: '/auth/passkeys',
  passkey: '/auth/passkeys/{id}',
  recoveryCodes: '/auth/recovery-codes',
  ownSessions: '/auth/sessions',
  ownSession: '/auth/sessions/{sessionId}',
  endOtherOwnSessions: '/auth/sessions/end-others',
  ownPreviews: '/auth/previews',
  checkActivation: '/auth/activation/check',
  activation: '/auth/activation',
  accountSessionsEnd: '/account/accounts/{id}/sessions/end',
  accountActivationMail: '/account/accounts/{id}/activation-mail',
  auditEvents: '/audit/events',
  outbox: '/demo/outbox',
  outboxMail: '/demo/outbox/{id}',
  organizations: '/organization/organizations',
  organization: '/organization/organizations/{id}',
  accountMine: '/account/mine',
  organizationsMine: '/organization/organizations/mine',
  groupsMine: '/group/groups/mine',
  permissionsMine: '/permission/permissions/mine',
  contractsMine: '/contract/contracts/mine',
  contractMine: '/contract/contracts/{id}/mine',
  contractDocumentMine: '/contract/contracts/{id}/documents/{documentId}/mine',
} as const satisfies Record<string, keyof paths>;

export type ApiPath = (typeof apiPaths)[keyof typeof apiPaths];

export function withParams(path: string, params: Record<string, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(params[key])));
}

export const resourcePaths = {
  contacts: apiPaths.contacts,
  accounts: apiPaths.accounts,
  organizations: apiPaths.organizations,
  audit: apiPaths.auditEvents,
} as const;

export type BackOfficeResource = keyof typeof resourcePaths;
