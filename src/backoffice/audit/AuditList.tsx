import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import {
  DataTable,
  FilterButton,
  Link,
  List,
  SimpleList,
  TopToolbar,
  useCreatePath,
} from 'react-admin';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import type { AccountEvent } from '../../core/api/types';
import { formatDateTime } from '../../core/ui/format';
import { TranslatedPagination } from '../layout/TranslatedPagination';
import { ListExportButton } from '../layout/ListExportButton';
import { TruncatedText } from '../layout/TruncatedText';
import { ListSkeleton } from '../layout/PageSkeletons';
import { actorLabel, eventTypeLabel } from './auditEvent';
import { useAuditExporter } from './useAuditExporter';
import { useAuditFilters } from './useAuditFilters';

// Room for a busy organisation's whole history in one export.
const EXPORT_LIMIT = 10_000;

export function AuditList() {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const filters = useAuditFilters({ compact: isPhone });
  const exporter = useAuditExporter();
  return (
    <List
      filters={filters}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={25}
      pagination={<TranslatedPagination />}
      exporter={exporter}
      authLoading={<ListSkeleton />}
      loading={<ListSkeleton />}
      actions={
        <TopToolbar variant="dense">
          {isPhone && <FilterButton disableSaveQuery />}
          <ListExportButton maxResults={EXPORT_LIMIT} />
        </TopToolbar>
      }
    >
      {isPhone ? <AuditSimpleList /> : <AuditTable />}
    </List>
  );
}

function AuditSimpleList() {
  const translate = useTranslate();
  const [locale] = useLocale();
  return (
    <SimpleList<AccountEvent>
      sx={{ overflowWrap: 'anywhere' }}
      primaryText={(event) => eventTypeLabel(translate, event.type)}
      secondaryText={(event) => `${event.username} · ${event.contactName}`}
      tertiaryText={(event) => `${formatDateTime(event.at, locale)} · ${actorLabel(translate, event)}`}
      rowClick={false}
    />
  );
}

function AuditTable() {
  const translate = useTranslate();
  const [locale] = useLocale();
  return (
    <DataTable<AccountEvent> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col<AccountEvent> source="at" sortByOrder="DESC" render={(e) => formatDateTime(e.at, locale)} />
      {/* Not sortable: the API sorts by the type's code, which reads as no order at all once translated. */}
      <DataTable.Col<AccountEvent> source="type" disableSort render={(e) => eventTypeLabel(translate, e.type)} />
      <DataTable.Col<AccountEvent> source="username" render={(e) => <TruncatedText text={e.username} />} />
      <DataTable.Col<AccountEvent> source="contactName" disableSort render={(e) => <ContactLink event={e} />} />
      <DataTable.Col<AccountEvent> source="actorName" render={(e) => <TruncatedText text={actorLabel(translate, e)} />} />
    </DataTable>
  );
}

function ContactLink({ event }: { event: AccountEvent }) {
  const createPath = useCreatePath();
  return <Link to={createPath({ resource: 'contacts', id: event.contactId, type: 'show' })}><TruncatedText text={event.contactName} /></Link>;
}
