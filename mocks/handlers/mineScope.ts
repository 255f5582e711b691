/**
 * Whose data a "mine" call may see: the customer's own contacts (one per organisation where they
 * have a dossier) and the contracts of those contacts. Every "mine" handler reads through here.
 */
import { db, type AccountRow, type ContactRow, type ContractRow } from '../db';
import { authorize } from '../http';

export interface MineCaller {
  account: AccountRow;
}

/** 401 without a session, 403 for staff: only customers have "mine" data. */
export function mineCaller(request: Request): MineCaller {
  return { account: authorize(request, 'portal', 'read').account };
}

export function contactsOf({ account }: MineCaller): ContactRow[] {
  return account.contactIds.flatMap((id) => db.tables.contacts.get(id) ?? []);
}

export function contractsOf(caller: MineCaller): ContractRow[] {
  return contactsOf(caller).flatMap((contact) => db.contractIdsOfContact(contact.id)).map((id) => db.tables.contracts.get(id)!);
}
