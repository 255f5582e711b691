/**
 * Makes the PDF of a contract document. Deterministic: the dates in the file are the document's
 * issue date and nothing random goes in, so the same document is the same bytes on every call.
 * The download handler imports this module (and with it pdf-lib) on the first document asked
 * for: the demo's first page never loads it.
 */
import { PDFDocument, StandardFonts } from '@pdfme/pdf-lib';
import { documentBlocks } from './documentBlocks';
import { holderName, type DocumentSource } from './documentSource';
import { documentTexts } from './documentTexts';
import { layOut } from './pdfLayout';

const PADDING_TRIES = 6;

async function build(source: DocumentSource, padding: number): Promise<Uint8Array> {
  const { contract, document, holder } = source;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const issued = new Date(`${document.issuedAt}T09:00:00Z`);
  doc.setTitle(document.title);
  doc.setSubject(`${contract.number} · ${holderName(holder)}`);
  doc.setAuthor(contract.organizationName);
  doc.setLanguage(holder.language === 'en' ? 'en-GB' : 'nl-NL');
  doc.setCreator('Hub');
  doc.setProducer('Hub (mock API)');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  const page = documentTexts[holder.language].page;
  layOut(doc, fonts, documentBlocks(source), (n, total) => `${contract.number} · ${document.title} · ${page} ${n} / ${total}`);
  // An unreferenced stream of spaces: readers skip it. It brings the file to the size the
  // contract's list promises, as real documents have (fonts, scans), so the list, the
  // Content-Length and the portal's progress bar agree.
  if (padding > 0) doc.context.register(doc.context.stream(new Uint8Array(padding).fill(0x20)));
  // A classic cross-reference table keeps the size a plain sum of its parts (see below).
  return doc.save({ useObjectStreams: false });
}

/** The document's PDF, exactly `document.sizeBytes` long when its content fits in that. */
export async function renderContractDocument(source: DocumentSource): Promise<Uint8Array> {
  const target = source.document.sizeBytes;
  let bytes = await build(source, 0);
  if (bytes.length >= target) return bytes;
  // The padding object's own overhead (and a few digits) is not known in advance: measure, adjust.
  let padding = target - bytes.length;
  for (let i = 0; i < PADDING_TRIES && bytes.length !== target; i++) {
    bytes = await build(source, padding);
    padding += target - bytes.length;
  }
  return bytes;
}
