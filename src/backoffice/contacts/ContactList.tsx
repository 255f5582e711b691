import Box from '@mui/material/Box';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import {
  CreateButton,
  DataTable,
  List,
  ReferenceField,
  SimpleList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { useLocale } from '../../core/i18n/LocaleProvider';
import { formatDate } from '../../core/ui/format';
import { TranslatedPagination } from '../layout/TranslatedPagination';
import { ListExportButton } from '../layout/ListExportButton';
import { TruncatedText } from '../layout/TruncatedText';
import { ListSkeleton } from '../layout/PageSkeletons';
import { fullName } from '../../core/ui/names';
import { AccountStatusChip } from './AccountStatusChip';
import type { Contact } from '../../core/api/types';
import { useContactExporter } from './useContactExporter';
import { useContactFilters } from './useContactFilters';
import { useContactBulkActions } from './bulk/useContactBulkActions';
import { BulkActionsHost } from './bulk/BulkActionsHost';

// Every contact of the seed in one export (docs/performance.md, The product bench).
const EXPORT_LIMIT = 10_000;

export function ContactList() {
  const { filters, showOrganization } = useContactFilters();
  const exporter = useContactExporter();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={filters}
      sort={{ field: 'lastName', order: 'ASC' }}
      perPage={25}
      pagination={<TranslatedPagination />}
      exporter={exporter}
      actions={<ContactListActions />}
      authLoading={<ListSkeleton />}
      loading={<ListSkeleton />}
    >
      <BulkActionsHost>
        {isPhone ? (
          // The status under the email, in full colour: react-admin's tertiary slot fades it to
          // 0.54 opacity and floats it right, under the "+" button.
          <SimpleList<Contact>
            sx={{ overflowWrap: 'anywhere' }}
            primaryText={(contact) => fullName(contact)}
            secondaryText={(contact) => <PhoneRowDetails contact={contact} />}
            rowClick="show"
          />
        ) : (
          <ContactTable showOrganization={showOrganization} />
        )}
      </BulkActionsHost>
    </List>
  );
}

function PhoneRowDetails({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.email && <Box component="span" sx={{ display: 'block' }}>{contact.email}</Box>}
      <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
        <AccountStatusChip account={contact.account} />
      </Box>
    </>
  );
}

function ContactListActions() {
  return (
    <TopToolbar variant="dense">
      <CreateButton />
      <ListExportButton maxResults={EXPORT_LIMIT} />
    </TopToolbar>
  );
}

function ContactTable({ showOrganization }: { showOrganization: boolean }) {
  const [locale] = useLocale();
  const bulkActionButtons = useContactBulkActions();
  return (
    <DataTable<Contact> rowClick="show" bulkActionButtons={bulkActionButtons}>
      <DataTable.Col source="lastName" label="resources.contacts.fields.name" render={(c) => <TruncatedText text={fullName(c)} />} />
      <DataTable.Col source="email" render={(c) => c.email && <TruncatedText text={c.email} />} />
      <DataTable.Col source="city" disableSort />
      {showOrganization && (
        <DataTable.Col source="organizationId" disableSort>
          <ReferenceField source="organizationId" reference="organizations" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
      )}
      <DataTable.Col
        source="account"
        label="resources.contacts.fields.account"
        disableSort
        render={(c) => <AccountStatusChip account={c.account} />}
      />
      <DataTable.Col
        source="createdAt"
        sortByOrder="DESC"
        render={(c) => formatDate(c.createdAt, locale, 'medium')}
      />
    </DataTable>
  );
}
