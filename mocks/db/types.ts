/**
 * Rows of the in-memory store. Where a row is exactly an API shape it reuses the generated type,
 * so a change of contract breaks the mock's build where it matters.
 */
import type { components } from '../../src/core/api/schema';
import type { Role } from '../../src/core/roles';

type Schemas = components['schemas'];

export type OrganizationRow = Schemas['Organization'];
export type GroupRow = Schemas['Group'];
/** `groupIds`: every group that grants the permission (the API narrows it to the caller's). */
export type PermissionRow = Schemas['Permission'];
/**
 * A contact without its derived `account` summary, its timestamps in epoch ms: the API's ISO
 * strings are made per response (`toContact`). An ISO string takes 36 bytes of a browser's heap, a
 * number 12: on the 10,000-contact demo that is half a megabyte.
 */
export type ContactRow = Omit<Schemas['Contact'], 'account' | 'createdAt' | 'updatedAt'> & { createdAt: number; updatedAt: number };
/** A stored document: it is written in its holder's language at the moment it is asked for. */
export type ContractDocumentRow = Omit<Schemas['ContractDocument'], 'language'>;
/** A contract and the contact (dossier) it belongs to. */
export type ContractRow = Omit<Schemas['ContractDetail'], 'documents'> & { contactId: number; documents: ContractDocumentRow[] };

/**
 * Anyone who can log in: staff and customers. A customer's account belongs to one or more
 * contacts (one per organisation where they have a dossier).
 */
export interface AccountRow {
  id: number;
  /** Lower case; unique over all accounts. */
  username: string;
  role: Role;
  /** Staff: their organisation. Customers: null. */
  organizationId: number | null;
  displayName: string;
  contactIds: number[];
  groupIds: string[];
  /** The customer's own password (null until they set one). */
  passwordHash: string | null;
  temporaryPasswordHash: string | null;
  temporaryPasswordExpiresAt: string | null;
  /** Set at the first login with the temporary password, which then stops working. */
  temporaryPasswordUsedAt: string | null;
  /**
   * Set while every organisation of the account's contacts has blocked it: it cannot log in and
   * its sessions are ended. (Set directly, it blocks the account for every organisation.)
   */
  blockedAt: string | null;
  /**
   * The organisations that blocked the account for themselves: their contacts (contracts, dossier,
   * organisation) are hidden from the customer. Blocked by all of them, `blockedAt` is set too.
   */
  blockedByOrganizationIds: number[];
  createdAt: string;
  createdBy: string;
  /** The creator's organisation: other organisations see "another organisation" instead of the name. */
  createdByOrganizationId: number | null;
  /** The expiry of the activation link mailed last, while it is neither used nor revoked. */
  activationExpiresAt: string | null;
  /** The `User-Agent`s the account logged in with (the latest few): a login from another one gets a security mail. */
  knownUserAgents: string[];
}

export interface SessionRow {
  token: string;
  /** What the account's own session list calls it: random, never the token. */
  id: string;
  accountId: number;
  createdAt: string;
  /** The last call, written at most once a minute. */
  lastSeenAt: string;
  expiresAt: string;
  /** As the login sent it (cut at 512 characters). */
  userAgent: string | null;
  /** A session opened with a temporary password may only change the password. */
  mustChangePassword: boolean;
  /**
   * Why staff ended the session (the account was blocked): the next call answers 401 with this
   * code, once, so the app can tell the customer why they are back at the login page.
   */
  endedReason?: 'account_blocked' | 'session_ended_elsewhere' | 'session_ended_by_staff';
  /**
   * Set on a staff member's read-only preview of the customer's portal: who looks, and the one
   * organisation whose part they may see. Such a session is not the customer's: blocking the
   * account does not end it, and it may do nothing but read the "mine" endpoints.
   */
  preview?: { staffId: number; organizationId: number; previewId: string };
  /** A staff member without a second factor: the session may only enrol one (and log out). */
  mustEnrolSecondFactor?: boolean;
}

export type AccountEventType = Schemas['AccountEventType'];

/** Something that happened to a customer account, with who did it (null actor = the system). */
export interface AccountEventRow {
  id: number;
  type: AccountEventType;
  at: string;
  accountId: number;
  username: string;
  /** The account's contacts when it happened: the audit list is scoped by their organisations. */
  contactIds: number[];
  actorId: number | null;
  actorName: string;
  actorRole: Role | null;
}

/** A mail the mock "sent": stored whole, as the outbox shows it. */
export type MailRow = Schemas['OutboxMail'];

/** A password reset link: only the token's SHA-256 is kept, as for passwords. */
export interface ResetTokenRow {
  tokenHash: string;
  accountId: number;
  expiresAt: string;
  usedAt: string | null;
  /** Set when a newer link, a new temporary password or blocking made this one unusable. */
  revokedAt: string | null;
  /** When the link was mailed: forgot-password sends at most one per `config.resetMailIntervalMs`. */
  requestedAt: string;
}

/** An activation link: as a reset link, only the token's SHA-256 is kept. */
export interface ActivationTokenRow {
  tokenHash: string;
  accountId: number;
  expiresAt: string;
  usedAt: string | null;
  /** Set when a newer link or any credential change made this one unusable. */
  revokedAt: string | null;
  createdAt: string;
}

/** A "Bekijk als klant" preview, kept for the customer's "Wie keek mee" list. */
export interface PreviewRow {
  id: string;
  accountId: number;
  staffId: number;
  staffName: string;
  organizationId: number;
  organizationName: string;
  startedAt: string;
  expiresAt: string;
  /** Set when it was left, or ended by the staff member's logout, password change or block. */
  endedAt: string | null;
}

/** Failed logins in a row for one username (known or not, so a lock reveals nothing), from one client or from all. */
export interface LoginAttemptRow {
  /** The username, and the client when counted per client. */
  key: string;
  username: string;
  /** The client's address; null for the count over all clients. */
  client: string | null;
  failures: number;
  lockedUntil: string | null;
}

/** A passkey: the public key only (the private key never leaves the authenticator). */
export interface PasskeyRow {
  id: number;
  name: string;
  /** base64url, as the browser reports it. */
  credentialId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  addedAt: string;
  lastUsedAt: string | null;
}

/**
 * An account's second factors. The app's secret is kept encrypted (AES-GCM) and never answered
 * after its enrolment; recovery codes are kept as SHA-256 hashes of their unused codes only.
 */
export interface SecondFactorRow {
  accountId: number;
  totp: { secret: string; addedAt: string; lastUsedAt: string | null; lastUsedStep: number | null } | null;
  /** A started enrolment: no factor until its first code confirms it. */
  pendingTotp: { secret: string; expiresAt: string } | null;
  passkeys: PasskeyRow[];
  /** The WebAuthn user handle of the account's passkeys (random, base64url), so it reveals no id. */
  webauthnUserId: string;
  recoveryCodes: { hashes: string[]; createdAt: string } | null;
}

export interface Tables {
  organizations: Map<number, OrganizationRow>;
  groups: Map<string, GroupRow>;
  permissions: Map<string, PermissionRow>;
  contacts: Map<number, ContactRow>;
  accounts: Map<number, AccountRow>;
  contracts: Map<number, ContractRow>;
  sessions: Map<string, SessionRow>;
  events: Map<number, AccountEventRow>;
  mails: Map<number, MailRow>;
  resetTokens: Map<string, ResetTokenRow>;
  loginAttempts: Map<string, LoginAttemptRow>;
  secondFactors: Map<number, SecondFactorRow>;
  activationTokens: Map<string, ActivationTokenRow>;
  previews: Map<string, PreviewRow>;
}

/** The tables that change at run time, and so are persisted in the browser. */
export type MutableTable = 'contacts' | 'accounts' | 'sessions' | 'events' | 'mails' | 'resetTokens' | 'loginAttempts' | 'secondFactors' | 'activationTokens' | 'previews';

/** A row of each mutable table. */
export interface MutableRows {
  contacts: ContactRow;
  accounts: AccountRow;
  sessions: SessionRow;
  events: AccountEventRow;
  mails: MailRow;
  resetTokens: ResetTokenRow;
  loginAttempts: LoginAttemptRow;
  secondFactors: SecondFactorRow;
  activationTokens: ActivationTokenRow;
  previews: PreviewRow;
}

export type IdTable = 'contacts' | 'accounts' | 'events' | 'mails';
export type NextIds = Record<IdTable, number>;
