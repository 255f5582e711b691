/** One lazy chunk: a phone fetches, compiles and links one file for all pages, not one per page. */
export { AccountPage } from './account/AccountPage';
export { ContractList } from './contracts/ContractList';
export { ContractShow, ContractShowError } from './contracts/ContractShow';
export { OrganisationsPage } from './organisations/OrganisationsPage';
export { PermissionsPage } from './permissions/PermissionsPage';
export { PortalLayout } from './layout/PortalLayout';
export { PortalNotFound, PortalNotFoundPage } from './layout/PortalNotFoundPage';
export { PortalPageError } from './layout/PageStates';
