/**
 * POST /account/accounts: the partner document's "Customer Account Creation". Exactly one account
 * per contact, also under concurrent requests: everything between the check and the insert is
 * synchronous, so no other request can run in between.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/api/paths';
import { config, db, now, nowIso, type AccountRow } from '../db';
import { generateTemporaryPassword, hashPassword } from '../db/passwords';
import { ApiError, authorize, endpoint, HttpResponse, readJsonObject, route, type Schemas } from '../http';
import { FieldProblems, isEmail, requiredText } from '../validation';
import { contactInReach } from './contacts';

function readAccountRequest(body: Record<string, unknown>): { contactId: number; email: string } {
  const problems = new FieldProblems();
  const contactId = body.contactId;
  if (contactId === undefined || contactId === null) problems.values.contactId = 'Required.';
  else if (!Number.isInteger(contactId)) problems.types.contactId = 'Must be an integer.';
  const email = requiredText(body, 'email', problems, 254).toLowerCase();
  if (email && !problems.values.email && !isEmail(email)) problems.values.email = 'Not a valid email address.';
  problems.throwIfAny();
  return { contactId: contactId as number, email };
}

export function accountHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accounts), route(async ({ request }) => {
      const caller = authorize(request, 'accounts', 'create');
      const { contactId, email } = readAccountRequest(await readJsonObject(request));
      // Hashing is asynchronous, so it happens before the check-and-insert, never inside it.
      const temporaryPassword = generateTemporaryPassword();
      const temporaryPasswordHash = await hashPassword(temporaryPassword);

      const contact = contactInReach(caller, contactId);
      if (db.accountOfContact(contact.id)) {
        throw new ApiError(409, 'contact_has_account', 'This contact already has an account.');
      }
      if (db.accountByUsername(email)) {
        throw new ApiError(409, 'email_in_use', 'This email address is already used as a username.', {
          email: 'Already used as a username.',
        });
      }
      const account: AccountRow = {
        id: db.takeId('accounts'),
        username: email,
        role: 'klant',
        organizationId: null,
        displayName: [contact.firstName, contact.middleName, contact.lastName].filter(Boolean).join(' '),
        contactIds: [contact.id],
        groupIds: ['101', '102'],
        passwordHash: null,
        temporaryPasswordHash,
        temporaryPasswordExpiresAt: new Date(now() + config.temporaryPasswordTtlMs).toISOString(),
        temporaryPasswordUsedAt: null,
        createdAt: nowIso(),
        createdBy: caller.account.displayName,
      };
      if (contact.email === null) db.saveContact({ ...contact, email, updatedAt: account.createdAt });
      db.saveAccount(account);
      return HttpResponse.json<Schemas['AccountCreated']>(
        {
          id: account.id,
          username: account.username,
          contactId: contact.id,
          status: 'awaiting_first_login',
          createdAt: account.createdAt,
          createdBy: account.createdBy,
          temporaryPassword,
          temporaryPasswordExpiresAt: account.temporaryPasswordExpiresAt!,
        },
        { status: 201 },
      );
    })),
  ];
}
