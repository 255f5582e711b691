/**
 * The demo outbox (mock only): the mails the mock Hub "sent", as a simple-rest list and one by
 * one. Public, like a shared test mailbox, so a customer can read their welcome mail before they
 * can log in.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/api/paths';
import { db, type MailRow } from '../db';
import { endpoint, HttpResponse, notFound, pathId, route } from '../http';
import { contentRange, filterIds, filterString, parseListParams } from '../simpleRest';

const sortFields = ['sentAt', 'id', 'to', 'subject'] as const;

export function outboxHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.outbox), route(({ request }) => {
      const url = new URL(request.url);
      const { sort, range, filter } = parseListParams(url, sortFields, 'sentAt');
      const order = url.searchParams.has('sort') ? sort.order : 'DESC';
      const to = filterString(filter, 'to')?.trim().toLowerCase();
      const kind = filterString(filter, 'kind');
      const q = filterString(filter, 'q')?.toLowerCase();
      const ids = filterIds(filter);
      const mails = [...db.tables.mails.values()].filter((mail) =>
        (!to || mail.to === to) && (!kind || mail.kind === kind) && (!ids || ids.includes(mail.id)) &&
        (!q || `${mail.to} ${mail.subject}`.toLowerCase().includes(q)));
      const key = (mail: MailRow) => mail[sort.field];
      mails.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id) * (order === 'ASC' ? 1 : -1));
      const page = mails.slice(range[0], range[1] + 1);
      return HttpResponse.json<MailRow[]>(page, { headers: { 'Content-Range': contentRange('outbox', range[0], page.length, mails.length) } });
    })),

    http.get(endpoint(apiBase, apiPaths.outboxMail), route(({ params }) => {
      const mail = db.tables.mails.get(pathId(params.id));
      if (!mail) throw notFound();
      return HttpResponse.json<MailRow>(mail);
    })),
  ];
}
