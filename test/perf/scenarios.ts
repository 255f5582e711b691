/**
 * What the bench compares: each scenario loads a Hub page and its counterpart (a limit app, the
 * bare react-admin app, or for the demo line the real-API twin) on one profile, with the issue's
 * target for the ratio. Readiness texts come from the mock API's own answers, so "ready" means
 * "the data is on screen" whatever the markup.
 */
import type { Contact } from '../../src/core/api/types';
import { DEMO_PASSWORD, KLANT } from '../kit/people';
import { BASELINE_TOKEN_KEY } from './baseline/storedToken';
import type { App } from './builds';
import { accountMine, contractsMine, firstContact, logIn, type LoginAnswer } from './hubApi';
import { heapAfterPaging } from './listHeap';
import type { PageLoad } from './pageLoad';
import { desktop, phone, type Profile } from './profiles';
import { loginFormUsable, newPasswordFormUsable, textsShown } from './readiness';

const STAFF = 'beheerder@hub.example';
/** Where the Hub keeps its session (src/core/session/session.ts); its value is the login answer. */
const HUB_SESSION_KEY = 'hub.session';
/** The sort of the Hub's contacts list (src/backoffice/contacts/ContactList.tsx) and react-admin's default (the baseline's). */
const HUB_CONTACTS_SORT = ['lastName', 'ASC'] as const;
const BASELINE_CONTACTS_SORT = ['id', 'ASC'] as const;

export interface Side {
  app: App;
  label: string;
  load: PageLoad;
}

export interface Scenario {
  title: string;
  profile: Profile;
  /** The page under test: the Hub's real-API build (the demo build on the demo line). */
  measured: Side;
  /** What it is compared with; ratio = measured / counterpart. */
  counterpart: Side;
  /** A customer page's second yardstick: the same page in the stack limit app (no target yet). */
  stackLimit?: Side;
  /** The largest ratio that meets the goal, for the time and the JS. */
  target: { time: number; js: number };
}

type Origins = Record<App, string>;

const hubSession = (session: LoginAnswer) => ({ [HUB_SESSION_KEY]: JSON.stringify(session) });
/** A contact row shows its email, or its last name when it has none (some contacts have no email). */
const rowText = (contact: Contact) => contact.email ?? contact.lastName;

/** Logs in (once per person, in Node) and reads the answers the pages are ready with. */
export async function prepareScenarios(origin: Origins): Promise<Scenario[]> {
  const [customer, staff] = await Promise.all([logIn(KLANT, DEMO_PASSWORD), logIn(STAFF, DEMO_PASSWORD)]);
  if (customer.mustChangePassword) throw new Error(`${KLANT} must change the password first: the portal would not show its pages.`);
  const [contracts, account, hubFirstContact, baselineFirstContact] = await Promise.all([
    contractsMine(customer.token),
    accountMine(customer.token),
    firstContact(staff.token, [...HUB_CONTACTS_SORT]),
    firstContact(staff.token, [...BASELINE_CONTACTS_SORT]),
  ]);
  const contractsShown = textsShown(contracts.map((contract) => contract.number));
  const accountShown = textsShown([account.email, ...Object.values(account.dossiers)]);

  const hub = (label: string, path: string, load: Omit<PageLoad, 'url'>): Side => ({ app: 'hub', label, load: { url: `${origin.hub}/${path}`, ...load } });
  const hubLogin = hub('Hub', '#/login', { ready: loginFormUsable });
  const limitLogin: Side = { app: 'limitLogin', label: 'limit login app', load: { url: `${origin.limitLogin}/`, ready: loginFormUsable } };
  const hubContracts = hub('Hub', '#/portal/contracts', { ready: contractsShown, storage: hubSession(customer) });
  const limitContracts: Side = { app: 'limitContracts', label: 'limit contracts app', load: { url: `${origin.limitContracts}/`, ready: contractsShown } };
  const customerPage = { time: 1.25, js: 1.25 };
  const stackLimit = (path: string, ready: PageLoad['ready']): Side => ({ app: 'stackLimit', label: 'stack limit app', load: { url: `${origin.stackLimit}/${path}`, ready } });
  const stackLogin = stackLimit('#/login', loginFormUsable);
  const stackContracts = stackLimit('#/contracts', contractsShown);

  return [
    { title: 'Login form usable', profile: phone, measured: hubLogin, counterpart: limitLogin, stackLimit: stackLogin, target: customerPage },
    { title: 'Login form usable', profile: desktop, measured: hubLogin, counterpart: limitLogin, stackLimit: stackLogin, target: customerPage },
    {
      title: 'New password form usable',
      profile: phone,
      measured: hub('Hub', '#/reset-password?token=x', { ready: newPasswordFormUsable }),
      counterpart: limitLogin,
      stackLimit: stackLogin,
      target: customerPage,
    },
    { title: 'Mijn contracten with its data', profile: phone, measured: hubContracts, counterpart: limitContracts, stackLimit: stackContracts, target: customerPage },
    { title: 'Mijn contracten with its data', profile: desktop, measured: hubContracts, counterpart: limitContracts, stackLimit: stackContracts, target: customerPage },
    {
      title: 'Mijn account with its data',
      profile: phone,
      measured: hub('Hub', '#/portal', { ready: accountShown, storage: hubSession(customer) }),
      counterpart: limitContracts,
      stackLimit: stackContracts,
      target: customerPage,
    },
    {
      title: 'Back office: contacts (10,000) first rows',
      profile: desktop,
      measured: hub('Hub', '#/contacts', { ready: textsShown([rowText(hubFirstContact)]), storage: hubSession(staff), afterReady: heapAfterPaging }),
      counterpart: {
        app: 'baseline',
        label: 'bare react-admin',
        load: { url: `${origin.baseline}/#/contacts`, ready: textsShown([rowText(baselineFirstContact)]), storage: { [BASELINE_TOKEN_KEY]: staff.token }, afterReady: heapAfterPaging },
      },
      target: { time: 0.8, js: 1 },
    },
    {
      title: 'Demo: first page (login) usable',
      profile: phone,
      measured: { app: 'demo', label: 'Hub demo', load: { url: `${origin.demo}/#/login`, ready: loginFormUsable } },
      counterpart: { ...hubLogin, label: 'Hub real-API' },
      target: { time: 1.5, js: 1.5 },
    },
  ];
}
