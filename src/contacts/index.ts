/** The contacts resource, as one object: `<Resource name="contacts" {...contacts} />`. */
import ContactsIcon from '@mui/icons-material/Contacts';
import { fullName } from '../ui/names';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';
import type { Contact } from './types';

const contacts = {
  list: ContactList,
  show: ContactShow,
  edit: ContactEdit,
  create: ContactCreate,
  icon: ContactsIcon,
  recordRepresentation: (contact: Contact) => fullName(contact),
};

export default contacts;
