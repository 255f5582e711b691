/** A page of text for the advice report and the letters, addressed to the contract holder. */
import type { components } from '../../src/core/api/schema';
import { holderName, type DocumentSource } from './documentSource';
import { endSentence, type DocumentTexts } from './documentTexts';
import type { Block } from './pdfLayout';

function nlParagraphs({ contract: c, document }: DocumentSource): string[] {
  if (document.kind === 'advice_report') {
    return [
      `In dit rapport leggen wij vast wat wij met u hebben besproken over ${c.product.toLowerCase()}, welke mogelijkheden wij hebben vergeleken en waarom wij u ${c.insurer === 'Eigen advies' ? 'dit plan' : c.insurer} adviseren.`,
      `Uitgangspunten. ${c.description} Wij zijn uitgegaan van uw huidige inkomen, uw vaste lasten en uw wensen voor de komende jaren, zoals u die in het adviesgesprek heeft toegelicht.`,
      'Risico’s. Wij hebben met u besproken wat er gebeurt bij arbeidsongeschiktheid, werkloosheid en overlijden, en welke gevolgen een rentestijging of een daling van de woningwaarde kan hebben. Waar u een risico zelf wilt dragen, staat dat in dit rapport.',
      'Advies. Op basis van deze uitgangspunten past het gekozen product het best bij uw situatie. Verandert er iets in uw leven, zoals een nieuwe baan, een verhuizing of gezinsuitbreiding, neem dan contact met ons op: dan kijken wij of het advies nog past.',
    ];
  }
  return [
    `Welkom als klant van ${endSentence(c.organizationName)} Hierbij bevestigen wij dat uw ${c.product.toLowerCase()} bij ${c.insurer} is ingegaan op de datum op het polisblad.`,
    'In het klantportaal vindt u uw contracten, uw dekkingen en de documenten die erbij horen, zoals het polisblad, de voorwaarden en uw premienota’s. Controleer of de gegevens kloppen; is er iets niet juist, laat het ons dan binnen veertien dagen weten.',
    `Heeft u een vraag of wilt u een schade melden? Uw adviseur ${c.advisorName} helpt u graag. Vermeld daarbij uw contractnummer ${c.number}.`,
  ];
}

function enParagraphs({ contract: c, document }: DocumentSource): string[] {
  if (document.kind === 'advice_report') {
    return [
      `This report records what we discussed with you about the ${c.product}, which options we compared and why we advise ${c.insurer === 'Eigen advies' ? 'this plan' : c.insurer}.`,
      `Starting points. ${c.description} We took your present income, your fixed costs and your wishes for the coming years as you explained them in our meeting.`,
      'Risks. We discussed what happens in case of disability, unemployment and death, and the effects of a rise in interest rates or a fall in the value of your home. Where you chose to bear a risk yourself, this report says so.',
      'Advice. On these starting points the chosen product suits your situation best. If something changes in your life, such as a new job, a move or a growing family, please contact us so that we can check whether the advice still fits.',
    ];
  }
  return [
    `Welcome as a customer of ${endSentence(c.organizationName)} We confirm that your ${c.product} with ${c.insurer} started on the date on the policy sheet.`,
    'In the customer portal you find your contracts, your coverages and their documents, such as the policy sheet, the conditions and your premium invoices. Please check your details and tell us within fourteen days if anything is wrong.',
    `Do you have a question, or a claim to report? Your adviser ${c.advisorName} will gladly help. Please quote your contract number ${c.number}.`,
  ];
}

export function letterBlocks(t: DocumentTexts, source: DocumentSource, language: components['schemas']['Language']): Block[] {
  const paragraphs = (language === 'en' ? enParagraphs : nlParagraphs)(source);
  return [
    { type: 'paragraph', text: `${t.dear} ${holderName(source.holder)},` },
    ...paragraphs.map((text): Block => ({ type: 'paragraph', text })),
    { type: 'paragraph', text: t.regards },
    { type: 'paragraph', text: `${source.contract.advisorName}, ${source.contract.organizationName}` },
  ];
}
