/** Contract documents in the portal: a button per document, the download, its progress and its failures. */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '../../../../mocks/db';
import { server, TEST_API_BASE } from '../../../../mocks/node';
import { loginAs, renderApp } from '../../../../test/kit/render';
import { KLANT } from '../../../../test/kit/people';

const NOOR = 'noor.hendriks@voorbeeld.nl';
const documentUrl = `${TEST_API_BASE}/contract/contracts/:id/documents/:documentId/mine`;

/** What the app hands the browser to save: the blob and the name on the `<a download>`. */
const saved: { blob: Blob; filename: string }[] = [];
beforeEach(() => {
  saved.length = 0;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob) => {
    blob = b;
    return 'blob:document';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blob!, filename: this.download });
  });
});

const bytesOf = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

async function openContract(id: number, username = KLANT) {
  await loginAs(username);
  const view = renderApp(`/portal/contracts/${id}`);
  const documents = within(await screen.findByRole('region', { name: 'Documenten' }));
  return { ...view, documents };
}

test('each document is a button named by its title; a click saves the PDF under its Dutch name, token in the header only', async () => {
  const requests: Request[] = [];
  server.events.on('request:start', ({ request }) => requests.push(request.clone()));
  const contract = db.tables.contracts.get(1)!;
  const { user, documents } = await openContract(1);
  for (const document of contract.documents) expect(await documents.findByRole('button', { name: document.title })).toBeInTheDocument();

  await user.click(documents.getByRole('button', { name: 'Polisblad Woonhuisverzekering' }));
  expect(await documents.findByText('Polisblad Woonhuisverzekering is gedownload.')).toBeInTheDocument();
  expect(saved).toHaveLength(1);
  expect(saved[0].filename).toBe(`Polisblad Woonhuisverzekering ${contract.number}.pdf`);
  expect(saved[0].blob.type).toBe('application/pdf');
  const bytes = await bytesOf(saved[0].blob);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  expect(bytes.length).toBe(contract.documents.find((d) => d.kind === 'policy')!.sizeBytes);

  const download = requests.find((r) => r.url.includes('/documents/'))!;
  const token = JSON.parse(localStorage.getItem('hub.session')!).token as string;
  expect(download.headers.get('Authorization')).toBe(`Bearer ${token}`);
  expect(download.url).not.toContain(token);
  server.events.removeAllListeners();
});

test('a document over 1 MB shows its progress while it arrives', async () => {
  let release!: () => void;
  const halfway = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(documentUrl, () => {
      const size = 1_200_000;
      const body = new ReadableStream<Uint8Array>({
        async start(stream) {
          stream.enqueue(new TextEncoder().encode('%PDF-'.padEnd(size / 2, ' ')));
          await halfway;
          stream.enqueue(new Uint8Array(size / 2));
          stream.close();
        },
      });
      return new HttpResponse(body, { headers: { 'Content-Type': 'application/pdf', 'Content-Length': String(size) } });
    }),
  );
  const { user, documents } = await openContract(1);
  await user.click(await documents.findByRole('button', { name: 'Voorwaarden Univé 2021' }));
  const progress = await documents.findByRole('progressbar', { name: 'Voorwaarden Univé 2021 downloaden' });
  expect(progress).toHaveAttribute('aria-valuenow', '50');
  expect(documents.getByText('50% van 1,2 MB')).toBeInTheDocument();
  expect(documents.getByRole('button', { name: 'Voorwaarden Univé 2021' })).toHaveAttribute('aria-disabled', 'true');
  release();
  expect(await documents.findByText('Voorwaarden Univé 2021 is gedownload.')).toBeInTheDocument();
  expect(documents.queryByRole('progressbar')).not.toBeInTheDocument();
  // The API named no file: the document's title is the name.
  expect(saved[0].filename).toBe('Voorwaarden Univé 2021.pdf');
});

test.each([
  ['no connection', () => HttpResponse.error(), 'Het document kon niet worden gedownload: er is geen verbinding. Controleer uw internetverbinding en probeer het opnieuw.'],
  ['403', () => HttpResponse.json({ error: { code: 'documents_not_allowed', message: 'No.' } }, { status: 403 }), 'U mag dit document niet downloaden: uw account heeft niet het recht "Documenten downloaden".'],
  ['404', () => HttpResponse.json({ error: { code: 'not_found', message: 'Not found.' } }, { status: 404 }), 'Dit document bestaat niet meer, of het hoort niet bij uw contracten.'],
  ['500', () => HttpResponse.json({ error: { code: 'internal', message: 'Boom.' } }, { status: 500 }), 'Het downloaden is mislukt door een storing bij ons. Probeer het later opnieuw.'],
])('%s: a clear message, and "Opnieuw proberen" downloads it after all', async (_, failure, message) => {
  server.use(http.get(documentUrl, failure, { once: true }));
  const { user, documents } = await openContract(1);
  await user.click(await documents.findByRole('button', { name: 'Premienota 2026' }));
  const alert = await documents.findByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(saved).toHaveLength(0);
  await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
  expect(await documents.findByText('Premienota 2026 is gedownload.')).toBeInTheDocument();
  expect(documents.queryByRole('alert')).not.toBeInTheDocument();
  expect(saved).toHaveLength(1);
});

test('without "Documenten downloaden" the documents are listed, not clickable, and the page says why', async () => {
  const noor = db.accountByUsername(NOOR)!;
  const contract = [...db.tables.contracts.values()].find((c) => noor.contactIds.includes(c.contactId) && c.documents.length)!;
  const { documents } = await openContract(contract.id, NOOR);
  expect(await documents.findByText(/uw account heeft niet het recht "Documenten downloaden"/)).toBeInTheDocument();
  for (const document of contract.documents) expect(documents.getByText(document.title)).toBeInTheDocument();
  expect(documents.queryByRole('button')).not.toBeInTheDocument();
});

test('in English', async () => {
  server.use(http.get(documentUrl, () => HttpResponse.error(), { once: true }));
  await loginAs(KLANT);
  const { user } = renderApp('/portal/contracts/1', { locale: 'en' });
  const documents = within(await screen.findByRole('region', { name: 'Documents' }));
  await user.click(await documents.findByRole('button', { name: 'Polisblad Woonhuisverzekering' }));
  expect(await documents.findByRole('alert')).toHaveTextContent('The document could not be downloaded: there is no connection.');
  expect(documents.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
});
