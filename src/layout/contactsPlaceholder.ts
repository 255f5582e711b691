/** TEMPORARY: react-admin's guessers until `src/contacts/index.ts` (the contacts resource) exists. */
import { ListGuesser, ShowGuesser } from 'react-admin';

export const contactsPlaceholder = { list: ListGuesser, show: ShowGuesser };
