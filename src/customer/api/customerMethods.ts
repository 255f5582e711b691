/** The customer's "mine" endpoints apart from the back office's simple-rest layer, which stays
 * out of the customer's first chunk. */
import { apiPaths, withParams } from '../../core/api/paths';
import type { AccountMine, ContractDetail, ContractListItem, Group, OrganizationMine, Permission } from '../../core/api/types';
import { apiUrl } from '../../core/api/apiUrl';
import { fetchFile, type DownloadedFile, type DownloadOptions } from '../../core/api/fileDownload';
import { httpClient } from '../../core/api/httpClient';

export interface MineMethods {
  getAccountMine(): Promise<AccountMine>;
  getOrganizationsMine(): Promise<OrganizationMine[]>;
  getGroupsMine(): Promise<Group[]>;
  getPermissionsMine(): Promise<Permission[]>;
  getContractsMine(): Promise<ContractListItem[]>;
  getContractMine(id: string | number): Promise<ContractDetail>;
}

/** The customer's contract documents as files (the token in the header, never in the URL). */
export interface DocumentMethods {
  downloadContractDocument(contractId: string | number, documentId: string, options: DownloadOptions): Promise<DownloadedFile>;
}

export type CustomerMethods = MineMethods & DocumentMethods;

async function getItems<T>(path: string): Promise<T[]> {
  const { json } = await httpClient(`${apiUrl}${path}`);
  return (json as { data: { items: T[] } }).data.items;
}

async function getOnlyItem<T>(path: string): Promise<T> {
  const [item] = await getItems<T>(path);
  return item;
}

export const customerMethods: CustomerMethods = {
  getAccountMine: () => getOnlyItem<AccountMine>(apiPaths.accountMine),
  getOrganizationsMine: () => getItems<OrganizationMine>(apiPaths.organizationsMine),
  getGroupsMine: () => getItems<Group>(apiPaths.groupsMine),
  getPermissionsMine: () => getItems<Permission>(apiPaths.permissionsMine),
  getContractsMine: () => getItems<ContractListItem>(apiPaths.contractsMine),
  getContractMine: (id) => getOnlyItem<ContractDetail>(withParams(apiPaths.contractMine, { id })),
  downloadContractDocument: (contractId, documentId, options) =>
    fetchFile(withParams(apiPaths.contractDocumentMine, { id: contractId, documentId }), options),
};
