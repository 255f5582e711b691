/**
 * POST /account/accounts: the partner document's "Customer Account Creation". Exactly one account
 * per contact, also under concurrent requests (see accountCreation.ts).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { authorize, endpoint, HttpResponse, route, type Schemas } from '../http';
import { readJsonBody } from '../requestValidation';
import { isEmail, requiredText, type FieldProblems } from '../validation';
import { createCustomerAccount, prepareCredentials } from './accountCreation';
import { contactInReach } from './contacts';

function readAccountRequest({ body, problems }: { body: Record<string, unknown>; problems: FieldProblems }): { contactId: number; email: string } {
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
      const { contactId, email } = readAccountRequest(await readJsonBody(request));
      const credentials = await prepareCredentials(true);
      const contact = contactInReach(caller, contactId);
      const account = createCustomerAccount(caller, contact, email, credentials);
      const password = credentials.password!;
      return HttpResponse.json<Schemas['AccountCreated']>(
        {
          id: account.id,
          username: account.username,
          contactId: contact.id,
          status: 'awaiting_first_login',
          createdAt: account.createdAt,
          createdBy: account.createdBy,
          temporaryPassword: password.temporaryPassword,
          temporaryPasswordExpiresAt: account.temporaryPasswordExpiresAt!,
        },
        { status: 201 },
      );
    })),
  ];
}
