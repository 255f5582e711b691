/**
 * Rows of the in-memory store. Where a row is exactly an API shape it reuses the generated type,
 * so a change of contract breaks the mock's build where it matters.
 */
import type { components } from '../../src/api/schema';
import type { Role } from '../../src/providers/roles';

type Schemas = components['schemas'];

export type OrganizationRow = Schemas['Organization'];
export type GroupRow = Schemas['Group'];
/** `groupIds`: every group that grants the permission (the API narrows it to the caller's). */
export type PermissionRow = Schemas['Permission'];
/** A contact without its derived `account` summary. */
export type ContactRow = Omit<Schemas['Contact'], 'account'>;
/** A contract and the contact (dossier) it belongs to. */
export type ContractRow = Schemas['ContractDetail'] & { contactId: number };

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
  createdAt: string;
  createdBy: string;
}

export interface SessionRow {
  token: string;
  accountId: number;
  expiresAt: string;
  /** A session opened with a temporary password may only change the password. */
  mustChangePassword: boolean;
}

export interface Tables {
  organizations: Map<number, OrganizationRow>;
  groups: Map<string, GroupRow>;
  permissions: Map<string, PermissionRow>;
  contacts: Map<number, ContactRow>;
  accounts: Map<number, AccountRow>;
  contracts: Map<number, ContractRow>;
  sessions: Map<string, SessionRow>;
}

/** The tables that change at run time, and so are persisted in the browser. */
export type MutableTable = 'contacts' | 'accounts' | 'sessions';
