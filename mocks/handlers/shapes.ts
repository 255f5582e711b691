/**
 * Store rows → the contract's response shapes. Built field by field, because the contract
 * allows no extra properties (`additionalProperties: false`).
 */
import { db, toAccountSummary, type AccountRow, type ContactRow, type ContractRow } from '../db';
import type { Schemas } from '../http';

/** A contact as staff of `organizationId` see it (their own organisation's view of its account). */
export function toContact(row: ContactRow, organizationId: number | null): Schemas['Contact'] {
  const account = db.accountOfContact(row.id);
  return {
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
    account: account ? toAccountSummary(account, organizationId) : null,
  };
}

export function toUser(account: AccountRow): Schemas['User'] {
  return { id: account.id, name: account.displayName, role: account.role, organizationId: account.organizationId };
}

export function toContractListItem(row: ContractRow): Schemas['ContractListItem'] {
  const { id, number, product, language, category, insurer, organizationId, organizationName, status, startDate, endDate, premium, frequency } = row;
  return { id, number, product, language, category, insurer, organizationId, organizationName, status, startDate, endDate, premium, frequency };
}

export function toContractDetail(row: ContractRow): Schemas['ContractDetail'] {
  const { description, policyNumber, dossierNumber, paymentMethod, renewalDate, advisorName, coverages, documents } = row;
  // The files are written in their holder's language (mocks/documents), which the contact may change.
  const language = db.tables.contacts.get(row.contactId)?.language ?? 'nl';
  return {
    ...toContractListItem(row),
    description,
    policyNumber,
    dossierNumber,
    paymentMethod,
    renewalDate,
    advisorName,
    coverages,
    documents: documents.map((document) => ({ ...document, language })),
  };
}
