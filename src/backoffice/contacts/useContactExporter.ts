import { downloadCSV, type Exporter } from 'react-admin';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { fullName } from '../../core/ui/names';
import type { Contact, Organization } from '../../core/api/types';

type Column = [header: string, value: (contact: Contact, organizations: Record<string, Organization>) => string];

/** What a person reads: no internals (ids, account ids, change timestamps). */
export function useContactExporter(): Exporter<Contact> {
  const translate = useTranslate();
  const [locale] = useLocale();
  const field = (name: string) => translate(`resources.contacts.fields.${name}`);
  const text = (value: string | null | undefined) => value ?? '';

  const columns: Column[] = [
    [field('name'), (c) => fullName(c)],
    [field('firstName'), (c) => c.firstName],
    [field('middleName'), (c) => text(c.middleName)],
    [field('lastName'), (c) => c.lastName],
    [field('email'), (c) => text(c.email)],
    [field('phone'), (c) => text(c.phone)],
    [field('street'), (c) => text(c.street)],
    [field('houseNumber'), (c) => text(c.houseNumber)],
    [field('postalCode'), (c) => text(c.postalCode)],
    [field('city'), (c) => text(c.city)],
    [field('country'), (c) => c.country],
    [field('organizationId'), (c, orgs) => text(orgs[c.organizationId]?.name)],
    [field('dossierNumber'), (c) => text(c.dossierNumber)],
    [field('language'), (c) => translate(`hub.contacts.language.${c.language}`)],
    [field('account'), (c) => translate(`hub.contacts.accountStatus.${c.account?.status ?? 'none'}`)],
    [field('accountUsername'), (c) => text(c.account?.username)],
    // ISO date: unambiguous and sortable in any spreadsheet.
    [field('createdAt'), (c) => c.createdAt.slice(0, 10)],
  ];

  return async (contacts, fetchRelatedRecords) => {
    // The CSV writer loads on the first export: most visits never export.
    const { csvSeparator, toCsv } = await import('../export/csv');
    const organizations = await fetchRelatedRecords<Organization>(contacts, 'organizationId', 'organizations');
    const rows = contacts.map((contact) => columns.map(([, value]) => value(contact, organizations)));
    const csv = toCsv([columns.map(([header]) => header), ...rows], csvSeparator(locale));
    downloadCSV(csv, translate('hub.contacts.list.exportFilename'));
  };
}
