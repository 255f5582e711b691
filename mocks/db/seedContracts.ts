/** Builds realistic contracts (with coverages and documents) from the product catalogue. */
import type { components } from '../../src/core/api/schema';
import { products, type Product } from './contractCatalogue';
import { addDays, addYears, nextAnniversary, SEED_REFERENCE_DATE } from './dates';
import type { Random } from './random';
import type { ContactRow, ContractDocumentRow, ContractRow, OrganizationRow } from './types';

type Status = components['schemas']['ContractStatus'];
type Document = ContractDocumentRow;

const advisors: Record<number, readonly string[]> = {
  1: ['Marloes van Dijk', 'Ruud Visser', 'Bas Hoekstra'],
  2: ['Erik van den Berg', 'Ilse Kuipers'],
};

export function productNamed(name: string): Product {
  const product = products.find((p) => p.product === name);
  if (!product) throw new Error(`Unknown product ${name}`);
  return product;
}

function randomStatus(rng: Random): Status {
  const roll = rng.next();
  if (roll < 0.65) return 'active';
  if (roll < 0.75) return 'pending';
  if (roll < 0.8) return 'suspended';
  return 'ended';
}

/** Start and end dates that fit the status, relative to the seed's reference date. */
function period(rng: Random, product: Product, status: Status): { startDate: string; endDate: string | null } {
  const ref = SEED_REFERENCE_DATE;
  if (status === 'pending') {
    const startDate = addDays(ref, rng.int(5, 60));
    return { startDate, endDate: product.years ? addYears(startDate, product.years) : null };
  }
  if (status === 'ended') {
    const endDate = addDays(ref, -rng.int(20, 900));
    return { startDate: addYears(endDate, -rng.int(1, product.years ?? 6)), endDate };
  }
  const back = product.category === 'advice' ? rng.int(10, 300) : rng.int(60, 4000);
  const startDate = addDays(ref, -back);
  return { startDate, endDate: product.years ? addYears(startDate, product.years) : null };
}

function documentsFor(id: number, product: Product, insurer: string, startDate: string, status: Status): Document[] {
  const year = startDate.slice(0, 4);
  const docs: Omit<Document, 'id'>[] = [
    { title: `Welkomstbrief ${product.product}`, kind: 'correspondence', issuedAt: addDays(startDate, -3), sizeBytes: 48_210 + id, mimeType: 'application/pdf' },
  ];
  if (product.category === 'advice' || product.category === 'mortgage') {
    docs.push({ title: `Adviesrapport ${product.product}`, kind: 'advice_report', issuedAt: addDays(startDate, -14), sizeBytes: 812_400 + id * 7, mimeType: 'application/pdf' });
  }
  if (product.category !== 'advice' && status !== 'pending') {
    docs.push(
      { title: `Polisblad ${product.product}`, kind: 'policy', issuedAt: startDate, sizeBytes: 156_880 + id * 3, mimeType: 'application/pdf' },
      { title: `Voorwaarden ${insurer} ${year}`, kind: 'conditions', issuedAt: startDate, sizeBytes: 1_204_512, mimeType: 'application/pdf' },
    );
  }
  if (status === 'active' && product.frequency !== 'once') {
    docs.push({ title: `Premienota ${SEED_REFERENCE_DATE.slice(0, 4)}`, kind: 'invoice', issuedAt: `${SEED_REFERENCE_DATE.slice(0, 4)}-01-02`, sizeBytes: 64_300 + id, mimeType: 'application/pdf' });
  }
  return docs.map((doc, i) => ({ id: `${id}-d${i + 1}`, ...doc }));
}

const cents = (euros: number) => euros * 100;

export function buildContract(
  rng: Random,
  id: number,
  contact: ContactRow,
  organization: OrganizationRow,
  choice: { product?: Product; status?: Status } = {},
): ContractRow {
  const product = choice.product ?? rng.pick(products);
  const status = choice.status ?? randomStatus(rng);
  const insurer = rng.pick(product.insurers);
  const { startDate, endDate } = period(rng, product, status);
  const premium = Math.round(rng.int(product.premium[0], product.premium[1]) / 5) * 5;
  return {
    id,
    contactId: contact.id,
    number: `HUB-${startDate.slice(0, 4)}-${String(id).padStart(6, '0')}`,
    product: product.product,
    // The catalogue's products, coverages and descriptions are Dutch.
    language: 'nl',
    category: product.category,
    insurer,
    organizationId: organization.id,
    organizationName: organization.name,
    status,
    startDate,
    endDate,
    premium: { amountCents: premium, currency: 'EUR' },
    frequency: product.frequency,
    description: product.description,
    policyNumber: product.category === 'advice' ? `ADV-${String(id).padStart(6, '0')}` : String(rng.int(10_000_000, 99_999_999)),
    dossierNumber: contact.dossierNumber ?? '',
    paymentMethod: product.category === 'advice' || rng.chance(0.15) ? 'invoice' : 'direct_debit',
    renewalDate: status === 'active' && product.years === null ? nextAnniversary(startDate, SEED_REFERENCE_DATE) : null,
    advisorName: rng.pick(advisors[organization.id] ?? advisors[1]),
    coverages: product.coverages.map((c, i) => ({
      id: `${id}-c${i + 1}`,
      name: c.name,
      description: c.description,
      insuredAmount: c.insured ? { amountCents: cents(Math.round(rng.int(c.insured[0], c.insured[1]) / 1000) * 1000), currency: 'EUR' } : null,
      deductible: c.deductible === null ? null : { amountCents: cents(c.deductible), currency: 'EUR' },
    })),
    documents: documentsFor(id, product, insurer, startDate, status),
  };
}
