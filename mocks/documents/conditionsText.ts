/**
 * General conditions, a few pages of them: numbered articles with the insurer and the product
 * filled in. Plausible text for a demo, not legal advice.
 */
import type { components } from '../../src/core/api/schema';
import type { Block } from './pdfLayout';

type Language = components['schemas']['Language'];
type Coverage = components['schemas']['Coverage'];

const specialNl = 'Voor deze dekking gelden het verzekerde bedrag en het eigen risico op het polisblad. Waar deze bijzondere voorwaarde afwijkt van de algemene artikelen, gaat deze bijzondere voorwaarde voor.';
const specialEn = 'The insured amount and the deductible on the policy sheet apply to this coverage. Where this special condition differs from the general articles, this special condition prevails.';

interface Article {
  title: string;
  paragraphs: string[];
}

function nlArticles(insurer: string, product: string): Article[] {
  return [
    { title: 'Begrippen', paragraphs: [
      `In deze voorwaarden bedoelen wij met "wij" ${insurer}, de verzekeraar van de ${product.toLowerCase()}. Met "u" bedoelen wij de verzekeringnemer die op het polisblad staat, en iedereen die op het polisblad als verzekerde is genoemd.`,
      'Het polisblad, deze algemene voorwaarden en de bijzondere voorwaarden vormen samen de overeenkomst. Staat er op het polisblad iets anders dan in deze voorwaarden, dan geldt wat op het polisblad staat.',
    ] },
    { title: 'Begin, duur en einde', paragraphs: [
      'De verzekering begint op de ingangsdatum op het polisblad. Een verzekering zonder einddatum wordt steeds stilzwijgend met een jaar verlengd. Na het eerste jaar kunt u de verzekering op elk moment opzeggen, met een opzegtermijn van een maand.',
      'Wij kunnen de verzekering opzeggen als u de premie niet betaalt, als u ons bewust verkeerde informatie heeft gegeven of als u fraude pleegt. Wij laten u dat altijd schriftelijk weten, met de datum waarop de verzekering eindigt.',
    ] },
    { title: 'Premie en betaling', paragraphs: [
      'U betaalt de premie vooraf, per termijn zoals op het polisblad staat. Betaalt u niet op tijd, dan sturen wij u een herinnering. Betaalt u ook dan niet binnen veertien dagen, dan is er geen dekking meer tot de dag nadat wij de achterstallige premie hebben ontvangen.',
      'Wij mogen de premie en de voorwaarden aanpassen voor alle verzekeringen van dezelfde soort tegelijk. Wij laten u dat minstens een maand van tevoren weten. Bent u het niet eens met de aanpassing, dan mag u de verzekering opzeggen per de datum van de aanpassing.',
    ] },
    { title: 'Wat is verzekerd', paragraphs: [
      'Verzekerd is schade die tijdens de looptijd van de verzekering onverwacht ontstaat en die valt onder een dekking op het polisblad, tot ten hoogste het verzekerde bedrag. Het eigen risico per gebeurtenis staat bij elke dekking op het polisblad.',
      'Wij vergoeden ook redelijke kosten die u maakt om schade te voorkomen of te beperken, zelfs als daardoor het verzekerde bedrag wordt overschreden, tot ten hoogste eenmaal het verzekerde bedrag.',
    ] },
    { title: 'Wat is niet verzekerd', paragraphs: [
      'Niet verzekerd is schade die u met opzet veroorzaakt, schade door molest, atoomkernreacties of een overstroming door het bezwijken van dijken, en schade die al bestond toen de verzekering begon.',
      'Ook niet verzekerd is schade als u ons bewust verkeerde informatie geeft over de schade, of als u zich niet houdt aan de verplichtingen na een schade. Dan kunnen wij ook de kosten van ons onderzoek bij u terugvragen.',
    ] },
    { title: 'Schade melden', paragraphs: [
      'Meld een schade zo snel mogelijk, in elk geval binnen dertig dagen nadat u ervan wist. Dat kan via uw adviseur of rechtstreeks bij ons. Doe bij diefstal, inbraak, vandalisme of vermissing altijd aangifte bij de politie.',
      'Geef ons alle informatie en stukken die wij nodig hebben om de schade te beoordelen, zoals foto’s, aankoopbewijzen en offertes voor herstel. Werk mee aan een onderzoek door een expert die wij inschakelen.',
    ] },
    { title: 'Schadevergoeding', paragraphs: [
      'Wij stellen de schade vast op basis van de herstelkosten, of als herstel niet mogelijk of te duur is op basis van de waarde direct voor de gebeurtenis minus de waarde van de restanten. Wij betalen binnen vier weken nadat wij alle benodigde gegevens hebben ontvangen.',
      'Bent u het niet eens met de vastgestelde schade, dan mag u op onze kosten een eigen expert inschakelen. Komen beide experts er niet uit, dan wijzen zij samen een derde expert aan, die binnen de grenzen van beide taxaties beslist.',
    ] },
    { title: 'Persoonsgegevens, klachten en recht', paragraphs: [
      'Wij gebruiken uw persoonsgegevens voor deze verzekering, om fraude te voorkomen en voor statistisch onderzoek, volgens de Gedragscode Verwerking Persoonsgegevens Financiële Instellingen.',
      'Heeft u een klacht, laat het ons of uw adviseur dan weten. Bent u niet tevreden met onze oplossing, dan kunt u binnen drie maanden naar het Klachteninstituut Financiële Dienstverlening (Kifid). Op deze verzekering is Nederlands recht van toepassing.',
    ] },
  ];
}

function enArticles(insurer: string, product: string): Article[] {
  return [
    { title: 'Definitions', paragraphs: [
      `In these conditions "we" means ${insurer}, the insurer of the ${product}. "You" means the policyholder named on the policy sheet, and everyone named there as insured.`,
      'The policy sheet, these general conditions and any special conditions together form the agreement. Where the policy sheet differs from these conditions, the policy sheet applies.',
    ] },
    { title: 'Start, term and end', paragraphs: [
      'The insurance starts on the start date on the policy sheet. Insurance without an end date is renewed tacitly for a year at a time. After the first year you may cancel at any time, with one month’s notice.',
      'We may cancel the insurance if you do not pay the premium, if you knowingly gave us wrong information or if you commit fraud. We always tell you in writing, with the date on which the insurance ends.',
    ] },
    { title: 'Premium and payment', paragraphs: [
      'You pay the premium in advance, per term as stated on the policy sheet. If you do not pay on time we send you a reminder. If you still do not pay within fourteen days, there is no cover until the day after we have received the premium due.',
      'We may change the premium and the conditions for all insurances of the same kind at once. We tell you at least one month in advance. If you do not agree with the change, you may cancel the insurance as of the date of the change.',
    ] },
    { title: 'What is covered', paragraphs: [
      'Covered is damage that arises unexpectedly during the term of the insurance and falls under a coverage on the policy sheet, up to the insured amount. The deductible per event is listed with each coverage on the policy sheet.',
      'We also pay reasonable costs you make to prevent or limit damage, even if the insured amount is exceeded as a result, up to once the insured amount.',
    ] },
    { title: 'What is not covered', paragraphs: [
      'Not covered is damage you cause on purpose, damage caused by armed conflict, nuclear reactions or flooding from failing dikes, and damage that already existed when the insurance started.',
      'Nor is damage covered if you knowingly give us wrong information about it, or if you do not meet your obligations after a claim. We may then also reclaim the costs of our investigation from you.',
    ] },
    { title: 'Reporting a claim', paragraphs: [
      'Report a claim as soon as possible, and at the latest thirty days after you knew of it, through your adviser or directly to us. Always report theft, burglary, vandalism or loss to the police.',
      'Give us all information and documents we need to assess the claim, such as photos, receipts and repair quotes. Cooperate with an investigation by an expert we appoint.',
    ] },
    { title: 'Compensation', paragraphs: [
      'We assess the damage on the basis of the repair costs or, where repair is impossible or too expensive, on the value directly before the event less the value of what remains. We pay within four weeks of receiving all information we need.',
      'If you disagree with our assessment, you may appoint an expert of your own at our expense. If the two experts cannot agree, they jointly appoint a third, who decides within the limits of both assessments.',
    ] },
    { title: 'Personal data, complaints and law', paragraphs: [
      'We use your personal data for this insurance, to prevent fraud and for statistical research, following the Dutch code of conduct for the processing of personal data by financial institutions.',
      'If you have a complaint, tell us or your adviser. If you are not satisfied with our answer, you may turn to the Dutch Financial Services Complaints Tribunal (Kifid) within three months. Dutch law applies to this insurance.',
    ] },
  ];
}

/** The general articles, then one article of special conditions per coverage of the contract. */
export function conditionsBlocks(language: Language, insurer: string, product: string, coverages: Coverage[]): Block[] {
  const special = coverages.map((coverage): Article => ({
    title: coverage.name,
    paragraphs: [coverage.description, language === 'en' ? specialEn : specialNl],
  }));
  const articles = [...(language === 'en' ? enArticles : nlArticles)(insurer, product), ...special];
  const word = language === 'en' ? 'Article' : 'Artikel';
  return articles.flatMap((article, i): Block[] => [
    { type: 'heading', text: `${word} ${i + 1}. ${article.title}` },
    ...article.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
  ]);
}
