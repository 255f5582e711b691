/**
 * The words of the generated documents, in the contract holder's language (Dutch unless the
 * contact's language is `en`), and the formats of their amounts and dates.
 */
import type { components } from '../../src/core/api/schema';

type Language = components['schemas']['Language'];
type Money = components['schemas']['Money'];
type Frequency = components['schemas']['PaymentFrequency'];

const nl = {
  contractNumber: 'Contractnummer',
  product: 'Product',
  insurer: 'Verzekeraar',
  policyNumber: 'Polisnummer',
  customer: 'Verzekeringnemer',
  dossier: 'Dossiernummer',
  organisation: 'Organisatie',
  adviser: 'Adviseur',
  startDate: 'Ingangsdatum',
  endDate: 'Einddatum',
  openEnded: 'Doorlopend',
  premium: 'Premie',
  paymentMethod: 'Betaalwijze',
  paymentMethods: { direct_debit: 'Automatische incasso', invoice: 'Factuur' },
  coverages: 'Dekkingen',
  coverage: 'Dekking',
  insuredAmount: 'Verzekerd bedrag',
  deductible: 'Eigen risico',
  notApplicable: '—',
  noCoverages: 'Dit contract kent geen afzonderlijke dekkingen.',
  issuedOn: 'Uitgegeven op',
  page: 'pagina',
  frequencies: { monthly: 'per maand', quarterly: 'per kwartaal', yearly: 'per jaar', once: 'eenmalig' } satisfies Record<Frequency, string>,
  invoice: {
    number: 'Notanummer',
    period: 'Periode',
    line: 'Omschrijving',
    amount: 'Bedrag',
    premiumLine: 'Premie',
    tax: 'Assurantiebelasting 21%',
    total: 'Totaal te betalen',
    dueDate: 'Uiterste betaaldatum',
    iban: 'IBAN',
    payDebit: 'Dit bedrag schrijven wij rond de vervaldatum automatisch van uw rekening af. U hoeft niets te doen.',
    payTransfer: 'Maak het bedrag vóór de uiterste betaaldatum over naar het IBAN hierboven, onder vermelding van het notanummer.',
  },
  dear: 'Beste',
  regards: 'Met vriendelijke groet,',
};

export type DocumentTexts = typeof nl;

const en: DocumentTexts = {
  contractNumber: 'Contract number',
  product: 'Product',
  insurer: 'Insurer',
  policyNumber: 'Policy number',
  customer: 'Policyholder',
  dossier: 'Dossier number',
  organisation: 'Organisation',
  adviser: 'Adviser',
  startDate: 'Start date',
  endDate: 'End date',
  openEnded: 'Open-ended',
  premium: 'Premium',
  paymentMethod: 'Payment method',
  paymentMethods: { direct_debit: 'Direct debit', invoice: 'Invoice' },
  coverages: 'Coverages',
  coverage: 'Coverage',
  insuredAmount: 'Insured amount',
  deductible: 'Deductible',
  notApplicable: '—',
  noCoverages: 'This contract has no separate coverages.',
  issuedOn: 'Issued on',
  page: 'page',
  frequencies: { monthly: 'per month', quarterly: 'per quarter', yearly: 'per year', once: 'once' },
  invoice: {
    number: 'Invoice number',
    period: 'Period',
    line: 'Description',
    amount: 'Amount',
    premiumLine: 'Premium',
    tax: 'Insurance premium tax 21%',
    total: 'Total due',
    dueDate: 'Due date',
    iban: 'IBAN',
    payDebit: 'We will debit this amount from your account around the due date. You need not do anything.',
    payTransfer: 'Please transfer the amount to the IBAN above before the due date, quoting the invoice number.',
  },
  dear: 'Dear',
  regards: 'Kind regards,',
};

export const documentTexts: Record<Language, DocumentTexts> = { nl, en };

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatMoney(money: Money, language: Language): string {
  return new Intl.NumberFormat(locales[language], { style: 'currency', currency: money.currency }).format(money.amountCents / 100);
}

/** A date-only ISO value ("2024-09-01") as "1 september 2024" / "1 September 2024". */
export function formatDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** The account the organisation's invoices are paid to (organisations have no IBAN in the API). */
export function organisationIban(organizationId: number): string {
  return organizationId === 2 ? 'NL67 INGB 0006 5432 10' : 'NL91 ABNA 0417 1643 00';
}

/** A sentence ending on a name that ends on its own full stop ("… B.V.") gets no second one. */
export function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}
