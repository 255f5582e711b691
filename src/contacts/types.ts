/** The contact shapes as the contract defines them, named the way this folder talks about them. */
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type Contact = Schemas['Contact'];
export type ContactInput = Schemas['ContactInput'];
export type AccountSummary = Schemas['AccountSummary'];
export type AccountStatus = Schemas['AccountStatus'];
export type AccountCreated = Schemas['AccountCreated'];
export type AccountCreateRequest = Schemas['AccountCreateRequest'];
export type Organization = Schemas['Organization'];
