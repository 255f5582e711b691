import { Create, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';
import { normaliseContact } from './contactValidation';

const defaults = { country: 'NL', language: 'nl' };

export function ContactCreate() {
  return (
    <Create redirect="show" mutationMode="pessimistic" transform={normaliseContact}>
      <SimpleForm defaultValues={defaults} noValidate>
        <ContactInputs />
      </SimpleForm>
    </Create>
  );
}
