import { Edit, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';
import { normaliseContact } from './contactValidation';

/** Pessimistic, not react-admin's default "undoable": an undoable write is lost when the tab closes. */
export function ContactEdit() {
  return (
    <Edit redirect="show" mutationMode="pessimistic" transform={normaliseContact}>
      <SimpleForm noValidate>
        <ContactInputs />
      </SimpleForm>
    </Edit>
  );
}
