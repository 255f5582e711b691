/** The fixed reference data of the seed: organisations, groups and permissions. */
import type { GroupRow, OrganizationRow, PermissionRow } from './types';

export const organizations: OrganizationRow[] = [
  {
    id: 1,
    name: 'De Vaart Verzekeringen B.V.',
    kvkNumber: '32145678',
    street: 'Stationsplein',
    houseNumber: '12',
    postalCode: '3818 LE',
    city: 'Amersfoort',
    phone: '033 422 1100',
    email: 'info@devaart.example',
    website: 'https://www.devaart.example',
  },
  {
    id: 2,
    name: 'Noorderlicht Financieel Advies',
    kvkNumber: '01098765',
    street: 'Herestraat',
    houseNumber: '88a',
    postalCode: '9711 LM',
    city: 'Groningen',
    phone: '050 318 2040',
    email: 'contact@noorderlicht.example',
    website: 'https://noorderlicht.example',
  },
];

export const groups: GroupRow[] = [
  { id: '101', name: 'Particuliere klanten', description: 'Klanten met een particulier dossier.' },
  { id: '102', name: 'Online dossier', description: 'Klanten die hun polissen en documenten online inzien.' },
  { id: '103', name: 'Hypotheekklanten', description: 'Klanten met een hypotheek of hypotheekadvies.' },
  { id: '104', name: 'Zakelijke klanten', description: 'Ondernemers met een zakelijk dossier.' },
  { id: '105', name: 'Polisoverzicht', description: 'Klanten die hun contracten online inzien, zonder documenten.' },
];

export const permissions: PermissionRow[] = [
  { id: 'p1', code: 'account.read', category: 'account', name: 'Accountgegevens inzien', description: 'Uw naam, gebruikersnaam en dossiernummers bekijken.', groupIds: ['101', '104'] },
  { id: 'p2', code: 'account.password', category: 'account', name: 'Wachtwoord wijzigen', description: 'Zelf een nieuw wachtwoord instellen.', groupIds: ['101', '104'] },
  { id: 'p3', code: 'organizations.read', category: 'organizations', name: 'Organisaties inzien', description: 'De contactgegevens van uw adviseurs en verzekeraars bekijken.', groupIds: ['101', '104'] },
  { id: 'p4', code: 'contracts.read', category: 'contracts', name: 'Contracten inzien', description: 'Uw lopende en beëindigde contracten met hun dekkingen bekijken.', groupIds: ['102', '105'] },
  { id: 'p5', code: 'contracts.mortgage', category: 'contracts', name: 'Hypotheekgegevens inzien', description: 'De details van uw hypotheek en hypotheekadvies bekijken.', groupIds: ['103'] },
  { id: 'p6', code: 'documents.read', category: 'documents', name: 'Documenten downloaden', description: 'Polisbladen, voorwaarden en nota’s downloaden.', groupIds: ['102'] },
  { id: 'p7', code: 'documents.upload', category: 'documents', name: 'Documenten aanleveren', description: 'Stukken voor uw dossier uploaden, zoals een loonstrook.', groupIds: ['103'] },
  { id: 'p8', code: 'communication.messages', category: 'communication', name: 'Berichten ontvangen', description: 'Berichten van uw adviseur in het portaal ontvangen.', groupIds: ['101', '104'] },
  { id: 'p9', code: 'communication.newsletter', category: 'communication', name: 'Nieuwsbrief', description: 'De nieuwsbrief met tips over verzekeren en geldzaken ontvangen.', groupIds: ['101'] },
];

export { staffUsers } from './logins';
