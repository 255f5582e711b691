/** Dutch insurance, pension, mortgage and advice products the seed draws contracts from. */
import type { components } from '../../src/core/api/schema';

type Category = components['schemas']['ContractSummary']['category'];
type Frequency = components['schemas']['PaymentFrequency'];

export interface CoverageTemplate {
  name: string;
  description: string;
  /** Insured amount range in euros; null when not applicable. */
  insured: [number, number] | null;
  deductible: number | null;
}

export interface Product {
  product: string;
  category: Category;
  insurers: readonly string[];
  /** Premium range in cents per `frequency`. */
  premium: [number, number];
  frequency: Frequency;
  /** Runs for a fixed number of years (null: open-ended, renewed yearly). */
  years: number | null;
  description: string;
  coverages: CoverageTemplate[];
}

export const products: Product[] = [
  {
    product: 'Woonhuisverzekering', category: 'insurance', frequency: 'monthly', years: null,
    insurers: ['Centraal Beheer', 'a.s.r.', 'Univé', 'Interpolis'], premium: [1850, 4200],
    description: 'Verzekering van de opstal tegen schade door brand, storm, water en inbraak.',
    coverages: [
      { name: 'Brand en ontploffing', description: 'Schade door brand, ontploffing en blikseminslag.', insured: [250_000, 650_000], deductible: 0 },
      { name: 'Storm', description: 'Schade door storm vanaf windkracht 7.', insured: [250_000, 650_000], deductible: 250 },
      { name: 'Waterschade', description: 'Plotseling uitstromend water uit leidingen en installaties.', insured: [250_000, 650_000], deductible: 250 },
      { name: 'Glas', description: 'Breuk van ruiten in het woonhuis.', insured: null, deductible: null },
    ],
  },
  {
    product: 'Inboedelverzekering', category: 'insurance', frequency: 'monthly', years: null,
    insurers: ['Centraal Beheer', 'FBTO', 'Interpolis', 'Allianz'], premium: [650, 1900],
    description: 'Verzekering van de spullen in huis, op basis van nieuwwaarde.',
    coverages: [
      { name: 'Inboedel', description: 'Schade aan en verlies van de inboedel.', insured: [40_000, 120_000], deductible: 0 },
      { name: 'Kostbaarheden', description: 'Sieraden en lijfgoederen tot het verzekerde bedrag.', insured: [6_000, 15_000], deductible: 0 },
    ],
  },
  {
    product: 'Autoverzekering WA + Volledig casco', category: 'insurance', frequency: 'monthly', years: null,
    insurers: ['Nationale-Nederlanden', 'OHRA', 'Ditzo', 'Allianz'], premium: [4500, 11500],
    description: 'Wettelijke aansprakelijkheid plus schade aan de eigen auto.',
    coverages: [
      { name: 'WA', description: 'Schade die u met de auto aan anderen toebrengt.', insured: [6_070_000, 6_070_000], deductible: 0 },
      { name: 'Volledig casco', description: 'Schade aan de eigen auto, ook bij eigen schuld.', insured: [15_000, 45_000], deductible: 300 },
      { name: 'Pechhulp Nederland', description: 'Hulp bij pech, ook bij de eigen woning.', insured: null, deductible: null },
    ],
  },
  {
    product: 'Aansprakelijkheidsverzekering particulieren', category: 'insurance', frequency: 'yearly', years: null,
    insurers: ['Interpolis', 'a.s.r.', 'FBTO', 'Klaverblad'], premium: [4200, 8800],
    description: 'Dekt schade die u of uw gezinsleden per ongeluk aan anderen toebrengen.',
    coverages: [
      { name: 'Aansprakelijkheid', description: 'Schade aan personen en spullen van anderen.', insured: [1_250_000, 2_500_000], deductible: 0 },
    ],
  },
  {
    product: 'Doorlopende reisverzekering', category: 'insurance', frequency: 'yearly', years: null,
    insurers: ['Allianz', 'Europeesche Verzekeringen', 'Univé'], premium: [5900, 12900],
    description: 'Alle reizen van maximaal 60 dagen, in Europa of wereldwijd.',
    coverages: [
      { name: 'Bagage', description: 'Diefstal, verlies en beschadiging van bagage.', insured: [3_000, 5_000], deductible: 50 },
      { name: 'Geneeskundige kosten', description: 'Aanvullend op de zorgverzekering.', insured: [100_000, 100_000], deductible: 0 },
    ],
  },
  {
    product: 'Rechtsbijstandverzekering', category: 'insurance', frequency: 'monthly', years: null,
    insurers: ['DAS', 'ARAG', 'Achmea Rechtsbijstand'], premium: [1750, 3400],
    description: 'Juridische hulp bij conflicten over werk, wonen, verkeer en consumentenzaken.',
    coverages: [
      { name: 'Werk en inkomen', description: 'Conflicten met uw werkgever.', insured: null, deductible: 0 },
      { name: 'Wonen', description: 'Conflicten met buren, verhuurder of aannemer.', insured: null, deductible: 0 },
    ],
  },
  {
    product: 'Overlijdensrisicoverzekering', category: 'insurance', frequency: 'monthly', years: 20,
    insurers: ['Nationale-Nederlanden', 'Aegon', 'Scildon', 'Dazure'], premium: [900, 3800],
    description: 'Keert een vast bedrag uit bij overlijden tijdens de looptijd.',
    coverages: [
      { name: 'Uitkering bij overlijden', description: 'Gelijkblijvend verzekerd kapitaal.', insured: [100_000, 350_000], deductible: null },
    ],
  },
  {
    product: 'Arbeidsongeschiktheidsverzekering', category: 'insurance', frequency: 'monthly', years: 25,
    insurers: ['De Goudse', 'a.s.r.', 'Nationale-Nederlanden'], premium: [9500, 32000],
    description: 'Aanvulling op het inkomen bij arbeidsongeschiktheid, voor zelfstandigen.',
    coverages: [
      { name: 'Jaarlijkse uitkering', description: 'Na een eigenrisicoperiode van 30 dagen.', insured: [30_000, 60_000], deductible: null },
    ],
  },
  {
    product: 'Uitvaartverzekering', category: 'insurance', frequency: 'monthly', years: null,
    insurers: ['DELA', 'Monuta', 'Yarden'], premium: [950, 2600],
    description: 'Dekt de kosten van een uitvaart naar wens.',
    coverages: [
      { name: 'Uitvaartkapitaal', description: 'Uitkering voor de kosten van de uitvaart.', insured: [7_500, 12_500], deductible: null },
    ],
  },
  {
    product: 'Lijfrenteverzekering', category: 'pension', frequency: 'monthly', years: 30,
    insurers: ['Aegon', 'Brand New Day', 'a.s.r.'], premium: [10000, 50000],
    description: 'Fiscaal voordelig opbouwen voor aanvullend pensioen.',
    coverages: [
      { name: 'Opbouw', description: 'Beleggingsrekening met lijfrenteclausule.', insured: null, deductible: null },
    ],
  },
  {
    product: 'Annuïteitenhypotheek', category: 'mortgage', frequency: 'monthly', years: 30,
    insurers: ['Rabobank', 'ING', 'ABN AMRO', 'Obvion', 'Florius', 'Munt Hypotheken'], premium: [95000, 185000],
    description: 'Hypothecaire lening met rente en aflossing in gelijke maandlasten.',
    coverages: [
      { name: 'Hoofdsom', description: 'Het geleende bedrag met een rentevaste periode van 10 jaar.', insured: [250_000, 520_000], deductible: null },
    ],
  },
  {
    product: 'Hypotheekadvies', category: 'advice', frequency: 'once', years: 1,
    insurers: ['Eigen advies'], premium: [195000, 295000],
    description: 'Advies- en bemiddelingstraject voor de aankoop van een woning.',
    coverages: [],
  },
  {
    product: 'Financieel plan en pensioenadvies', category: 'advice', frequency: 'once', years: 1,
    insurers: ['Eigen advies'], premium: [95000, 175000],
    description: 'Inventarisatie van inkomen, vermogen en pensioen, met een persoonlijk plan.',
    coverages: [],
  },
];
