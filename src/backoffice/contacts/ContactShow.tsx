import Typography from '@mui/material/Typography';
import {
  EmailField,
  FunctionField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { useLocale, useTranslate } from '../../core/i18n/LocaleProvider';
import { formatDateTime } from '../../core/ui/format';
import { fullName } from '../../core/ui/names';
import { ContactAside } from './ContactAside';
import { ShowSkeleton } from '../layout/PageSkeletons';
import { addressLines } from './contactAddress';
import type { Contact } from '../../core/api/types';

export function ContactShow() {
  const translate = useTranslate();
  const [locale] = useLocale();
  return (
    <Show
      aside={<ContactAside />}
      authLoading={<ShowSkeleton />}
      loading={<ShowSkeleton />}
      // minWidth 0: a long unbroken name must wrap inside the card, not push the account panel away.
      sx={{ '& .RaShow-main': { flexDirection: { xs: 'column', md: 'row' } }, '& .RaShow-card': { minWidth: 0 } }}
    >
      <ContactHeading />
      <SimpleShowLayout>
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <FunctionField<Contact>
          label="resources.contacts.fields.address"
          render={(contact) => <AddressLines contact={contact} />}
        />
        <ReferenceField source="organizationId" reference="organizations" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="dossierNumber" emptyText="—" />
        <FunctionField<Contact>
          label="resources.contacts.fields.language"
          render={(contact) => translate(`hub.contacts.language.${contact.language}`)}
        />
        <FunctionField<Contact>
          label="resources.contacts.fields.createdAt"
          render={(contact) => formatDateTime(contact.createdAt, locale)}
        />
      </SimpleShowLayout>
    </Show>
  );
}

function ContactHeading() {
  const contact = useRecordContext<Contact>();
  if (!contact) return null;
  return (
    <Typography variant="h5" component="h2" sx={{ px: 2, pt: 2, overflowWrap: 'anywhere' }}>
      {fullName(contact)}
    </Typography>
  );
}

function AddressLines({ contact }: { contact: Contact }) {
  const lines = addressLines(contact);
  if (lines.length === 0) return <Typography variant="body2">—</Typography>;
  return (
    <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
      {lines.map((line) => (
        <span key={line} style={{ display: 'block' }}>
          {line}
        </span>
      ))}
    </Typography>
  );
}
