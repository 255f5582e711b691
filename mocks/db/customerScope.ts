/**
 * What a customer sees of their own data: the contacts (dossiers) of their account at the
 * organisations that have not blocked them. Every "mine" endpoint reads through this, so a
 * block by one organisation hides that organisation's dossier, contracts and details everywhere.
 */
import { db } from './store';
import type { AccountRow, ContactRow } from './types';

export function visibleContactsOf(account: AccountRow): ContactRow[] {
  return account.contactIds.flatMap((id) => {
    const contact = db.tables.contacts.get(id);
    return contact && !account.blockedByOrganizationIds.includes(contact.organizationId) ? [contact] : [];
  });
}
