/**
 * The demo outbox (mock only): the mails the mock Hub "sent", as a simple-rest list and one by
 * one. The mails carry temporary passwords and live reset links, so over HTTP only staff who may
 * set a customer's credentials (accounts.edit) read them, and only the mails of their own
 * organisation's customers that are not shared with another organisation. The in-browser demo,
 * where the user's own browser holds all the data anyway, opens it to everyone (`public`), so a
 * customer can read their welcome mail before they can log in.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, isShared, type MailRow } from '../db';
import { authorize, endpoint, HttpResponse, notFound, pathId, route, type Caller } from '../http';
import { contentRange, filterIds, filterString, parseListParams } from '../simpleRest';

const sortFields = ['sentAt', 'id', 'to', 'subject'] as const;

export interface OutboxOptions {
  /** Everyone may read every mail: for the in-browser demo, or `npm run mock-api -- --public-outbox`. */
  public?: boolean;
}

/** Which mails the request may read: all (public outbox), or those of the caller's own customers. */
function readableMails(request: Request, options: OutboxOptions): (mail: MailRow) => boolean {
  if (options.public) return () => true;
  const caller: Caller = authorize(request, 'accounts', 'edit');
  return (mail) => {
    const account = db.tables.accounts.get(mail.accountId);
    const own = account?.contactIds.some((id) => db.tables.contacts.get(id)?.organizationId === caller.account.organizationId);
    return Boolean(account && own && !isShared(account));
  };
}

export function outboxHandlers(apiBase: string, options: OutboxOptions = {}) {
  return [
    http.get(endpoint(apiBase, apiPaths.outbox), route(async ({ request }) => {
      const readable = readableMails(request, options);
      const url = new URL(request.url);
      const { sort, range, filter } = await parseListParams(url, sortFields, 'sentAt');
      const order = url.searchParams.has('sort') ? sort.order : 'DESC';
      const to = filterString(filter, 'to')?.trim().toLowerCase();
      const kind = filterString(filter, 'kind');
      const q = filterString(filter, 'q')?.toLowerCase();
      const ids = filterIds(filter);
      const mails = [...db.tables.mails.values()].filter((mail) => readable(mail) &&
        (!to || mail.to === to) && (!kind || mail.kind === kind) && (!ids || ids.includes(mail.id)) &&
        (!q || `${mail.to} ${mail.subject}`.toLowerCase().includes(q)));
      const key = (mail: MailRow) => mail[sort.field];
      mails.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id) * (order === 'ASC' ? 1 : -1));
      const page = mails.slice(range[0], range[1] + 1);
      return HttpResponse.json<MailRow[]>(page, { headers: { 'Content-Range': contentRange('outbox', range[0], page.length, mails.length) } });
    })),

    http.get(endpoint(apiBase, apiPaths.outboxMail), route(({ request, params }) => {
      const readable = readableMails(request, options);
      const mail = db.tables.mails.get(pathId(params.id));
      if (!mail || !readable(mail)) throw notFound();
      return HttpResponse.json<MailRow>(mail);
    })),
  ];
}
