/** The contacts resource, as one object: `<Resource name="contacts" {...contacts} />`. */
import ContactsIcon from '@mui/icons-material/Contacts';
import { fullName } from '../../core/ui/names';
import { onlyWithAccess } from '../layout/onlyWithAccess';
import { lazyNamed } from '../../core/ui/lazyNamed';
import type { Contact } from '../../core/api/types';

// Each view is a chunk of its own, loaded when first shown (react-admin's layout has Suspense):
// the login page and the portal never download the back office, nor does a role that may not see it.
const ContactList = onlyWithAccess(lazyNamed(() => import('./ContactList'), 'ContactList'), 'contacts', 'list');
const ContactShow = onlyWithAccess(lazyNamed(() => import('./ContactShow'), 'ContactShow'), 'contacts', 'show');
const ContactEdit = onlyWithAccess(lazyNamed(() => import('./ContactEdit'), 'ContactEdit'), 'contacts', 'edit');
const ContactCreate = onlyWithAccess(lazyNamed(() => import('./ContactCreate'), 'ContactCreate'), 'contacts', 'create');

const contacts = {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactsIcon,
  recordRepresentation: (contact: Contact) => fullName(contact),
};

export default contacts;
