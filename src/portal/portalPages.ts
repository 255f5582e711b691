/**
 * The portal's layout and pages, as one lazily loaded chunk: a phone opening any portal page
 * fetches, compiles and links one file for all of them instead of one file per page.
 */
export { AccountPage } from './AccountPage';
export { ContractList } from './ContractList';
export { ContractShow } from './ContractShow';
export { OrganisationsPage } from './OrganisationsPage';
export { PermissionsPage } from './PermissionsPage';
export { PortalLayout } from './PortalLayout';
