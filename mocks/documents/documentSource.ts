/** What a contract document is made from: the contract, the document's entry and its holder. */
import type { ContactRow, ContractDocumentRow, ContractRow } from '../db/types';

export interface DocumentSource {
  contract: ContractRow;
  document: ContractDocumentRow;
  /** The contact (dossier) the contract belongs to; the document speaks their language. */
  holder: ContactRow;
}

export const holderName = (c: ContactRow) => [c.firstName, c.middleName, c.lastName].filter(Boolean).join(' ');
