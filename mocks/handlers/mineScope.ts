/**
 * Whose data a "mine" call may see: the customer's own contacts (one per organisation where they
 * have a dossier and which have not blocked them) and the contracts of those contacts. Every "mine" handler reads through here.
 * A staff member's preview sees the same, narrowed to their own organisation's part.
 */
import { canAccess } from '../../src/core/roles';
import { db, visibleContactsOf, type AccountRow, type ContactRow, type ContractRow } from '../db';
import { ApiError, authenticate } from '../http';

export interface MineCaller {
  account: AccountRow;
  /** A preview: only this organisation's contacts (and so dossiers, organisations, contracts). */
  previewOrganizationId: number | null;
}

/** 401 without a session, 403 for staff: only customers (and previews of them) have "mine" data. */
export function mineCaller(request: Request): MineCaller {
  const { account, session } = authenticate(request, { allowPreview: true });
  if (!canAccess(account.role, 'portal', 'read')) throw new ApiError(403, 'forbidden', 'Your role may not do this.');
  return { account, previewOrganizationId: session.preview?.organizationId ?? null };
}

/** The preview filter: a previewing staff member sees their own organisation's part only. */
export function inPreviewScope(caller: MineCaller, contact: ContactRow): boolean {
  return caller.previewOrganizationId === null || contact.organizationId === caller.previewOrganizationId;
}

/** The contacts the customer sees (not those of organisations that blocked them), in the preview's scope. */
export function contactsOf(caller: MineCaller): ContactRow[] {
  return visibleContactsOf(caller.account).filter((contact) => inPreviewScope(caller, contact));
}

export function contractsOf(caller: MineCaller): ContractRow[] {
  return contactsOf(caller).flatMap((contact) => db.contractIdsOfContact(contact.id)).map((id) => db.tables.contracts.get(id)!);
}
