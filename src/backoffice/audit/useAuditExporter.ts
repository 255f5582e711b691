import { downloadCSV, type Exporter } from 'react-admin';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import type { AccountEvent } from '../../core/api/types';
import { actorLabel, eventTypeLabel } from './auditEvent';

type Column = [header: string, value: (event: AccountEvent) => string];

export function useAuditExporter(): Exporter<AccountEvent> {
  const translate = useTranslate();
  const [locale] = useLocale();
  const field = (name: string) => translate(`resources.audit.fields.${name}`);

  const columns: Column[] = [
    // ISO timestamp (UTC): unambiguous and sortable in any spreadsheet.
    [field('at'), (e) => e.at],
    [field('type'), (e) => eventTypeLabel(translate, e.type)],
    [field('username'), (e) => e.username],
    [field('contactName'), (e) => e.contactName],
    [field('actorName'), (e) => actorLabel(translate, e)],
    [field('actorRole'), (e) => (e.actorRole ? translate(`hub.roles.${e.actorRole}`) : '')],
  ];

  return async (events) => {
    // The CSV writer loads on the first export: most visits never export.
    const { csvSeparator, toCsv } = await import('../export/csv');
    const rows = events.map((event) => columns.map(([, value]) => value(event)));
    const csv = toCsv([columns.map(([header]) => header), ...rows], csvSeparator(locale));
    downloadCSV(csv, translate('hub.audit.exportFilename'));
  };
}
