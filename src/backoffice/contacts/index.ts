import ContactsIcon from '@mui/icons-material/Contacts';
import { fullName } from '../../core/ui/names';
import { onlyWithAccess } from '../layout/onlyWithAccess';
import { lazyNamed } from '../../core/ui/lazyNamed';
import type { Contact } from '../../core/api/types';

// Each view is a chunk of its own: the login page, the portal and roles without access never load it.
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
