import type { components } from './schema';

type Schemas = components['schemas'];

export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type AccountSummary = Schemas['AccountSummary'];
export type AccountStatus = Schemas['AccountStatus'];
export type AccountCreated = Schemas['AccountCreated'];
export type AccountCreateRequest = Schemas['AccountCreateRequest'];
export type Organization = Schemas['Organization'];
export type AccountMine = Schemas['AccountMine'];
export type OrganizationMine = Schemas['OrganizationMine'];
export type Group = Schemas['Group'];
export type Permission = Schemas['Permission'];
export type ContractListItem = Schemas['ContractListItem'];
export type ContractDetail = Schemas['ContractDetail'];
export type TemporaryPasswordRenewed = Schemas['TemporaryPasswordRenewed'];
export type AccountEvent = Schemas['AccountEvent'];
export type AccountEventType = Schemas['AccountEventType'];
export type BulkAccountItem = Schemas['BulkAccountItem'];
export type BulkAccountRequest = Schemas['BulkAccountRequest'];
export type BulkAccountResult = Schemas['BulkAccountResult'];
export type BulkAccountResponse = Schemas['BulkAccountResponse'];
export type BulkSkipReason = Schemas['BulkSkipReason'];
export type OutboxMail = Schemas['OutboxMail'];
export type PreviewResponse = Schemas['PreviewResponse'];
export type NeutralAnswer = Schemas['NeutralAnswer'];
