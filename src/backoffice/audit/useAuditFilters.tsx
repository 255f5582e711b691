import {
  AutocompleteInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  TextInput,
} from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import type { Contact } from '../../core/api/types';
import { fullName } from '../../core/ui/names';
import { accountEventTypes } from './auditEvent';

/** On a phone the filters sit behind "Add filter": shown at once they filled the first screen. */
export function useAuditFilters({ compact }: { compact: boolean }) {
  const translate = useTranslate();
  const typeChoices = accountEventTypes.map((type) => ({ id: type, name: `resources.audit.event_types.${type}` }));
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('hub.audit.search')} />,
    <SelectArrayInput key="type" source="type" choices={typeChoices} alwaysOn={!compact} sx={{ minWidth: 200 }} />,
    <ReferenceInput key="contactId" source="contactId" reference="contacts" alwaysOn={!compact}>
      <AutocompleteInput<Contact>
        label="resources.audit.fields.contactId"
        optionText={(contact) => fullName(contact)}
        sx={{ minWidth: 220 }}
      />
    </ReferenceInput>,
    <TextInput key="actor" source="actor" alwaysOn={!compact} resettable />,
  ];
}
