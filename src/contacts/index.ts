/** The contacts resource, as one object: `<Resource name="contacts" {...contacts} />`. */
import ContactsIcon from '@mui/icons-material/Contacts';
import { fullName } from '../ui/names';
import { lazyNamed } from '../ui/lazyNamed';
import type { Contact } from '../api/types';

// Each view is a chunk of its own, loaded when first shown (react-admin's layout has Suspense):
// the login page and the portal never download the back office.
const ContactList = lazyNamed(() => import('./ContactList'), 'ContactList');
const ContactShow = lazyNamed(() => import('./ContactShow'), 'ContactShow');
const ContactEdit = lazyNamed(() => import('./ContactEdit'), 'ContactEdit');
const ContactCreate = lazyNamed(() => import('./ContactCreate'), 'ContactCreate');

const contacts = {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactsIcon,
  recordRepresentation: (contact: Contact) => fullName(contact),
};

export default contacts;
