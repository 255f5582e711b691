import {
  NullableBooleanInput,
  ReferenceInput,
  SearchInput,
  SelectInput,
  useGetList,
} from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';

/** The organisation filter only for users who can see more than one. */
export function useContactFilters() {
  const translate = useTranslate();
  const { total: organizationCount = 0 } = useGetList('organizations', {
    pagination: { page: 1, perPage: 1 },
  });
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('hub.contacts.list.search')} />,
    <NullableBooleanInput
      key="hasAccount"
      source="hasAccount"
      label="resources.contacts.fields.hasAccount"
      nullLabel="hub.contacts.list.anyAccount"
      trueLabel="hub.contacts.list.withAccount"
      falseLabel="hub.contacts.list.withoutAccount"
      alwaysOn
    />,
  ];
  if (organizationCount > 1) {
    filters.push(
      <ReferenceInput key="organizationId" source="organizationId" reference="organizations" alwaysOn>
        <SelectInput optionText="name" label="resources.contacts.fields.organizationId" />
      </ReferenceInput>,
    );
  }
  return { filters, showOrganization: organizationCount > 1 };
}
