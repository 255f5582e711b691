import {
  AutocompleteInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { Contact } from '../api/types';
import { fullName } from '../ui/names';
import { accountEventTypes } from './auditEvent';

/**
 * The audit list's filters, all in view: free search (account and actor), event type (several
 * at once), the contact (searched by name or email among the organisation's contacts) and the actor.
 */
export function useAuditFilters() {
  const translate = useTranslate();
  const typeChoices = accountEventTypes.map((type) => ({ id: type, name: `resources.audit.event_types.${type}` }));
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('hub.audit.search')} />,
    <SelectArrayInput key="type" source="type" choices={typeChoices} alwaysOn sx={{ minWidth: 200 }} />,
    <ReferenceInput key="contactId" source="contactId" reference="contacts" alwaysOn>
      <AutocompleteInput<Contact>
        label="resources.audit.fields.contactId"
        optionText={(contact) => fullName(contact)}
        sx={{ minWidth: 220 }}
      />
    </ReferenceInput>,
    <TextInput key="actor" source="actor" alwaysOn resettable />,
  ];
}
