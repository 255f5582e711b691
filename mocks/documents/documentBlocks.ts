/**
 * What each kind of contract document says, made from the contract's data: the policy sheet, the
 * general conditions, the premium invoice, and the advice report and letters (a page of text).
 */
import type { components } from '../../src/core/api/schema';
import { addDays } from '../db/dates';
import { conditionsBlocks } from './conditionsText';
import { holderName, type DocumentSource } from './documentSource';
import { documentTexts, formatDate, formatMoney, organisationIban, type DocumentTexts } from './documentTexts';
import { letterBlocks } from './letterText';
import type { Block } from './pdfLayout';

type Language = components['schemas']['Language'];
type Money = components['schemas']['Money'];

function contractFields(t: DocumentTexts, { contract: c, holder }: DocumentSource): Block {
  return {
    type: 'fields',
    rows: [
      [t.contractNumber, c.number],
      [t.product, c.product],
      [t.insurer, c.insurer],
      [t.policyNumber, c.policyNumber],
      [t.customer, holderName(holder)],
      [t.organisation, c.organizationName],
      [t.adviser, c.advisorName],
      [t.dossier, c.dossierNumber],
    ],
  };
}

function policySheet(t: DocumentTexts, source: DocumentSource, language: Language): Block[] {
  const { contract: c } = source;
  const money = (m: Money | null) => (m ? formatMoney(m, language) : t.notApplicable);
  return [
    contractFields(t, source),
    {
      type: 'fields',
      rows: [
        [t.startDate, formatDate(c.startDate, language)],
        [t.endDate, c.endDate ? formatDate(c.endDate, language) : t.openEnded],
        [t.premium, `${formatMoney(c.premium, language)} ${t.frequencies[c.frequency]}`],
        [t.paymentMethod, t.paymentMethods[c.paymentMethod]],
      ],
    },
    { type: 'heading', text: t.coverages },
    c.coverages.length
      ? { type: 'table', columns: [t.coverage, t.insuredAmount, t.deductible], rows: c.coverages.map((cov) => [cov.name, money(cov.insuredAmount), money(cov.deductible)]) }
      : { type: 'paragraph', text: t.noCoverages },
    ...c.coverages.map((cov): Block => ({ type: 'paragraph', text: `${cov.name}: ${cov.description}` })),
  ];
}

const periodsPerYear = { monthly: 12, quarterly: 4, yearly: 1, once: 1 } as const;

function invoice(t: DocumentTexts, source: DocumentSource, language: Language): Block[] {
  const { contract: c, document } = source;
  const year = document.issuedAt.slice(0, 4);
  const premiumCents = c.premium.amountCents * periodsPerYear[c.frequency];
  // Dutch insurance premium tax applies to insurance, not to pensions, mortgages or advice.
  const taxCents = c.category === 'insurance' ? Math.round(premiumCents * 0.21) : 0;
  const euros = (amountCents: number) => formatMoney({ amountCents, currency: c.premium.currency }, language);
  const lines = [[`${t.invoice.premiumLine} ${c.product}`, euros(premiumCents)]];
  if (taxCents) lines.push([t.invoice.tax, euros(taxCents)]);
  lines.push([t.invoice.total, euros(premiumCents + taxCents)]);
  return [
    contractFields(t, source),
    {
      type: 'fields',
      rows: [
        [t.invoice.number, `${c.number}-${year}`],
        [t.invoice.period, `${formatDate(`${year}-01-01`, language)} – ${formatDate(`${year}-12-31`, language)}`],
        [t.invoice.dueDate, formatDate(addDays(document.issuedAt, 30), language)],
        [t.invoice.iban, organisationIban(c.organizationId)],
      ],
    },
    { type: 'table', columns: [t.invoice.line, t.invoice.amount], rows: lines },
    { type: 'paragraph', text: c.paymentMethod === 'direct_debit' ? t.invoice.payDebit : t.invoice.payTransfer },
  ];
}

/** The title block, then the document's own content. */
export function documentBlocks(source: DocumentSource): Block[] {
  const { contract: c, document, holder } = source;
  const language = holder.language;
  const t = documentTexts[language];
  const head: Block[] = [
    { type: 'title', text: document.title },
    { type: 'paragraph', text: `${c.organizationName} · ${t.issuedOn} ${formatDate(document.issuedAt, language)}` },
  ];
  switch (document.kind) {
    case 'policy':
      return [...head, ...policySheet(t, source, language)];
    case 'conditions':
      return [...head, ...conditionsBlocks(language, c.insurer, c.product, c.coverages)];
    case 'invoice':
      return [...head, ...invoice(t, source, language)];
    case 'advice_report':
    case 'correspondence':
      return [...head, contractFields(t, source), ...letterBlocks(t, source, language)];
  }
}
