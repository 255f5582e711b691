/** Contract documents as files: real, deterministic PDFs, for their own customer with documents.read only. */
import { inflateSync } from 'node:zlib';
import { PDFDocument } from '@pdfme/pdf-lib';
import { db, KLANT_CONTACT_IDS } from '../db';
import { TEST_API_BASE } from '../node';
import { call, tokenFor } from '../../test/kit/api';
import { attachmentDisposition } from './documents';

const CONTRACT_PATH = '/contract/contracts/{id}/documents/{documentId}/mine';
const path = (contractId: number, documentId: string) => `/contract/contracts/${contractId}/documents/${documentId}/mine`;

const klantContract = (id: number) => db.tables.contracts.get(id)!;
const policyOf = (contractId: number) => klantContract(contractId).documents.find((d) => d.kind === 'policy')!;

/** The raw download (the contract's 200 is a PDF, not JSON). */
async function download(contractId: number, documentId: string, token: string) {
  const response = await fetch(`${TEST_API_BASE}${path(contractId, documentId)}`, { headers: { Authorization: `Bearer ${token}` } });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const winAnsi = new TextDecoder('windows-1252');

/** The text a PDF shows: pdf-lib writes each line of the standard fonts as a hex string in a flate stream. */
function textOf(bytes: Uint8Array): string {
  const file = Buffer.from(bytes).toString('latin1');
  const streams = [...file.matchAll(/\/FlateDecode[^]*?stream\n([^]*?)\nendstream/g)].map(([, data]) => inflateSync(Buffer.from(data, 'latin1')).toString('latin1'));
  return streams.flatMap((s) => [...s.matchAll(/<([0-9A-F]+)> Tj/g)].map(([, hex]) => winAnsi.decode(Buffer.from(hex, 'hex')))).join('\n');
}

test('the policy sheet: a PDF that parses and holds the contract\'s data, with its headers', async () => {
  const contract = klantContract(1);
  const policy = policyOf(1);
  const { response, bytes } = await download(1, policy.id, await tokenFor('klant@hub.example'));
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/pdf');
  expect(response.headers.get('Content-Length')).toBe(String(bytes.length));
  expect(bytes.length).toBe(policy.sizeBytes);
  expect(response.headers.get('Content-Disposition')).toBe(attachmentDisposition(`${policy.title} ${contract.number}.pdf`));
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getTitle()).toBe(policy.title);
  const text = textOf(bytes);
  for (const value of [contract.number, contract.product, contract.insurer, contract.policyNumber, 'Sophie van der Meer', contract.dossierNumber, 'Brand en ontploffing', '250,00', 'per maand']) {
    expect(text).toContain(value);
  }
});

test('the same document is the same bytes every time, also on another day', async () => {
  const first = await download(1, policyOf(1).id, await tokenFor('klant@hub.example'));
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    vi.setSystemTime(Date.now() + 400 * 24 * 3600 * 1000);
    const later = await download(1, policyOf(1).id, await tokenFor('klant@hub.example'));
    expect(Buffer.from(later.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});

test('each kind says what it should, in the holder\'s language', async () => {
  const token = await tokenFor('klant@hub.example');
  const contract = klantContract(1);
  const kind = (k: string) => contract.documents.find((d) => d.kind === k)!.id;
  const conditions = await download(1, kind('conditions'), token);
  expect((await PDFDocument.load(conditions.bytes)).getPageCount()).toBeGreaterThan(1);
  expect(textOf(conditions.bytes)).toContain('Artikel 1. Begrippen');
  const invoice = textOf((await download(1, kind('invoice'), token)).bytes);
  for (const value of ['Periode', 'Uiterste betaaldatum', 'NL91 ABNA 0417 1643 00', 'Totaal te betalen']) expect(invoice).toContain(value);
  expect(textOf((await download(1, kind('correspondence'), token)).bytes)).toContain('Beste Sophie van der Meer,');

  db.saveContact({ ...db.tables.contacts.get(KLANT_CONTACT_IDS[0])!, language: 'en' });
  const english = textOf((await download(1, policyOf(1).id, token)).bytes);
  expect(english).toContain('Policy number');
  expect(english).toContain('per month');
  expect(english).not.toContain('Polisnummer');
});

test('the contract fields name the organisation and the adviser, and a name ending on "B.V." ends its sentence once', async () => {
  const token = await tokenFor('klant@hub.example');
  const contract = klantContract(1);
  const letter = contract.documents.find((d) => d.kind === 'correspondence')!;
  const text = textOf((await download(1, letter.id, token)).bytes);
  expect(contract.organizationName).toMatch(/B\.V\.$/);
  expect(text).toContain(`Organisatie\n${contract.organizationName}`);
  expect(text).toContain(`Adviseur\n${contract.advisorName}`);
  expect(text.replace(/\n/g, ' ')).toContain(`Welkom als klant van ${contract.organizationName} Hierbij`);
  expect(text).not.toContain('..');
});

test('401 without a token, 403 for staff and for a customer without documents.read', async () => {
  const policy = policyOf(1);
  expect((await call('get', CONTRACT_PATH, path(1, policy.id))).status).toBe(401);
  const staff = await call('get', CONTRACT_PATH, path(1, policy.id), { token: await tokenFor('beheerder@hub.example') });
  expect(staff.status).toBe(403);

  const noor = db.accountByUsername('noor.hendriks@voorbeeld.nl')!;
  const noorsContract = [...db.tables.contracts.values()].find((c) => noor.contactIds.includes(c.contactId))!;
  const token = await tokenFor('noor.hendriks@voorbeeld.nl');
  expect((await call('get', '/contract/contracts/{id}/mine', `/contract/contracts/${noorsContract.id}/mine`, { token })).status).toBe(200);
  const refused = await call('get', CONTRACT_PATH, path(noorsContract.id, noorsContract.documents[0].id), { token });
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('documents_not_allowed');
});

test('404, the same, for someone else\'s document, a document of another contract and unknown ids', async () => {
  const token = await tokenFor('klant@hub.example');
  const other = [...db.tables.contracts.values()].find((c) => !KLANT_CONTACT_IDS.includes(c.contactId) && c.documents.length)!;
  const answers = await Promise.all([
    call('get', CONTRACT_PATH, path(other.id, other.documents[0].id), { token }),
    call('get', CONTRACT_PATH, path(1, policyOf(2).id), { token }),
    call('get', CONTRACT_PATH, path(1, 'nope'), { token }),
    call('get', CONTRACT_PATH, path(99999, '99999-d1'), { token }),
    call('get', CONTRACT_PATH, '/contract/contracts/abc/documents/1-d1/mine', { token }),
  ]);
  for (const answer of answers) expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found', message: 'Not found.' } } });
});

test('the file name: an ASCII fallback without accents, and the Dutch title in filename*', () => {
  expect(attachmentDisposition('Polisblad Annuïteitenhypotheek HUB-2024-000004.pdf')).toBe(
    `attachment; filename="Polisblad Annuiteitenhypotheek HUB-2024-000004.pdf"; filename*=UTF-8''Polisblad%20Annu%C3%AFteitenhypotheek%20HUB-2024-000004.pdf`,
  );
  expect(attachmentDisposition('Voorwaarden "a/b" 2021.pdf')).toBe(`attachment; filename="Voorwaarden _a_b_ 2021.pdf"; filename*=UTF-8''Voorwaarden%20%22a%2Fb%22%202021.pdf`);
});
