/**
 * A contract document as a file: the customer's own documents only (404 for anyone else's, the
 * same as an unknown id), and only with the permission `documents.read` (403 otherwise).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, type AccountRow } from '../db';
import { ApiError, endpoint, HttpResponse, notFound, pathId, route } from '../http';
import { contractsOf, mineCaller } from './mineScope';

export const DOCUMENTS_PERMISSION = 'documents.read';

function mayReadDocuments(account: AccountRow): boolean {
  return [...db.tables.permissions.values()].some((p) => p.code === DOCUMENTS_PERMISSION && p.groupIds.some((id) => account.groupIds.includes(id)));
}

/** The title as a file name: an ASCII fallback (accents dropped) and the full UTF-8 name (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 ._-]+/g, '_').trim();
  const utf8 = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function documentHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.contractDocumentMine), route(async ({ request, params }) => {
      const caller = mineCaller(request);
      if (!mayReadDocuments(caller.account)) {
        throw new ApiError(403, 'documents_not_allowed', 'Your account may not download documents (permission documents.read).');
      }
      const contractId = pathId(params.id);
      const contract = contractsOf(caller).find((c) => c.id === contractId);
      const document = contract?.documents.find((d) => d.id === params.documentId);
      if (!contract || !document) throw notFound();
      const holder = db.tables.contacts.get(contract.contactId)!;
      // Loaded on the first download only, so pdf-lib stays out of the demo's start-up.
      const { renderContractDocument } = await import('../documents/renderContractDocument');
      const bytes = await renderContractDocument({ contract, document, holder });
      return new HttpResponse(bytes, {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': attachmentDisposition(`${document.title} ${contract.number}.pdf`),
          'Content-Length': String(bytes.byteLength),
          'Cache-Control': 'private, no-store',
        },
      });
    })),
  ];
}
