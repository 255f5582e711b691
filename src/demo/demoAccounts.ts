/**
 * The demo users the login page offers (password `demo`), mirroring the mock seed. Kept here
 * rather than imported from mocks/ so the production bundle never pulls in the mock code.
 */
import type { Role } from '../core/roles';

export interface DemoAccount {
  username: string;
  role: Role;
}

export const DEMO_PASSWORD = 'demo';

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'beheerder@hub.example', role: 'beheerder' },
  { username: 'relatiebeheerder@hub.example', role: 'relatiebeheerder' },
  { username: 'medewerker@hub.example', role: 'medewerker' },
  { username: 'beheerder2@hub.example', role: 'beheerder' },
  { username: 'klant@hub.example', role: 'klant' },
];
