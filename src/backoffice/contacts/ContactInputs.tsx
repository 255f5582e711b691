import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SelectInput, TextInput } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { contactValidators as v } from './contactValidation';

const languageChoices = [
  { id: 'nl', name: 'hub.contacts.language.nl' },
  { id: 'en', name: 'hub.contacts.language.en' },
];

const toUpperCase = (value: string) => value?.toUpperCase();

export function ContactInputs() {
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }}>
      <Section title="hub.contacts.form.personal">
        <TextInput source="firstName" validate={v.firstName} autoComplete="off" />
        <TextInput source="middleName" validate={v.middleName} autoComplete="off" />
        <TextInput source="lastName" validate={v.lastName} autoComplete="off" />
        <TextInput source="email" type="email" validate={v.email} autoComplete="off" />
        <TextInput source="phone" type="tel" validate={v.phone} autoComplete="off" />
      </Section>
      <Section title="hub.contacts.form.address">
        <TextInput source="street" validate={v.street} autoComplete="off" />
        <TextInput source="houseNumber" validate={v.houseNumber} autoComplete="off" />
        <TextInput source="postalCode" validate={v.postalCode} autoComplete="off" />
        <TextInput source="city" validate={v.city} autoComplete="off" />
        <TextInput
          source="country"
          validate={v.country}
          parse={toUpperCase}
          helperText="hub.contacts.form.countryHelp"
          autoComplete="off"
        />
      </Section>
      <Section title="hub.contacts.form.other">
        <TextInput source="dossierNumber" validate={v.dossierNumber} autoComplete="off" />
        <SelectInput source="language" choices={languageChoices} validate={v.language} />
      </Section>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1, fontWeight: 500 }}>
        {translate(title)}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' },
          columnGap: 2,
        }}
      >
        {children}
      </Box>
    </Box>
  );
}
