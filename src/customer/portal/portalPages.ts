/**
 * The portal's layout and pages, as one lazily loaded chunk: a phone opening any portal page
 * fetches, compiles and links one file for all of them instead of one file per page.
 */
export { AccountPage } from './account/AccountPage';
export { ContractList } from './contracts/ContractList';
export { ContractShow, ContractShowError } from './contracts/ContractShow';
export { OrganisationsPage } from './organisations/OrganisationsPage';
export { PermissionsPage } from './permissions/PermissionsPage';
export { PortalLayout } from './layout/PortalLayout';
export { PortalPageError } from './layout/PageStates';
