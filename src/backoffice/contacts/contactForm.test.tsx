/**
 * Creating and editing contacts: client-side validation in Dutch and English, server-side
 * messages on the fields, the typed input kept when a save fails; read-only for a medewerker.
 */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths, withParams } from '../../core/api/paths';
import { db } from '../../../mocks/db';
import { TEST_API_BASE, server } from '../../../mocks/node';
import { JAN } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { requestBodies } from '../../../test/kit/requests';
import { expectApiErrorLog } from '../../../test/kit/console';

// Each test renders the whole app and saves through it; a busy machine needs more than the default.
vi.setConfig({ testTimeout: 45_000 });

afterEach(() => server.events.removeAllListeners());

const CONTACT_URL = `${TEST_API_BASE}${withParams(apiPaths.contact, { id: JAN.contactId })}`;

async function openCreate(locale: 'nl' | 'en' = 'nl') {
  await loginAs('beheerder@hub.example');
  const rendered = renderApp('/contacts/create', { locale });
  await screen.findByRole('textbox', { name: locale === 'nl' ? /Voornaam/ : /First name/ }, { timeout: 10_000 });
  return rendered;
}

function field(name: RegExp) {
  return screen.getByRole('textbox', { name }) as HTMLInputElement;
}

it('checks required fields, email, phone and a Dutch postcode, in Dutch', async () => {
  const { user } = await openCreate();
  await user.type(field(/E-mail/), 'jan@');
  await user.type(field(/Telefoon/), '06-1234 abc');
  await user.type(field(/Postcode/), '12345');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findAllByText('Verplicht')).toHaveLength(2);
  expect(screen.getByText('Moet een geldig e-mailadres zijn')).toBeInTheDocument();
  expect(screen.getByText('Gebruik alleen cijfers, spaties en + - ( )')).toBeInTheDocument();
  expect(screen.getByText('Vul een Nederlandse postcode in, zoals 1234 AB')).toBeInTheDocument();
  expect(field(/Postcode/)).toHaveValue('12345');
  expect(currentRoute()).toBe('/contacts/create');
});

it('refuses a name of only spaces and a bidi override or a tab in a one-line field, before sending', async () => {
  const { user } = await openCreate();
  const sent = requestBodies('POST', `${TEST_API_BASE}${apiPaths.contacts}`);
  await user.type(field(/Voornaam/), '   ');
  await user.click(field(/Achternaam/));
  await user.paste('de Vries\u202Egnp.evil');
  await user.click(field(/Plaats/));
  await user.paste('Amsterdam\tKlik hier');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findByText('Verplicht')).toBeInTheDocument();
  expect(screen.getAllByText('Gebruik één regel, zonder regeleinden of speciale tekens.')).toHaveLength(2);
  expect(field(/Voornaam/)).toHaveValue('   ');
  expect(sent).toEqual([]);
  expect(currentRoute()).toBe('/contacts/create');
});

it('checks the same rules in English', async () => {
  const { user } = await openCreate('en');
  await user.type(field(/Postcode/), 'ABCD 12');
  await user.type(field(/^Middle name/), 'x'.repeat(31));
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findAllByText('Required')).toHaveLength(2);
  expect(screen.getByText('Enter a Dutch postcode such as 1234 AB')).toBeInTheDocument();
  expect(screen.getByText('Must be 30 characters or less')).toBeInTheDocument();
});

it('accepts a foreign postcode abroad, and writes a Dutch one as "1234 AB"', async () => {
  const { user } = await openCreate();
  await user.type(field(/Voornaam/), 'Anna');
  await user.type(field(/Achternaam/), 'Peeters');
  await user.type(field(/Postcode/), '2000');
  await user.clear(field(/^Land/));
  await user.type(field(/^Land/), 'be');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(currentRoute()).toMatch(/^\/contacts\/\d+\/show$/));
  expect(await screen.findByText('Contact aangemaakt')).toBeInTheDocument();
  const id = Number(currentRoute().split('/')[2]);
  expect(db.tables.contacts.get(id)).toMatchObject({ lastName: 'Peeters', postalCode: '2000', country: 'BE' });

  await user.click(await screen.findByRole('link', { name: 'Bewerken' }));
  await user.clear(await screen.findByRole('textbox', { name: /^Land/ }));
  await user.type(field(/^Land/), 'NL');
  await user.clear(field(/Postcode/));
  await user.type(field(/Postcode/), '1012ab');
  // Sent as "1234 AB" (the contract's format), whatever the API would make of "1012ab".
  const sent = requestBodies('PUT', `${TEST_API_BASE}${withParams(apiPaths.contact, { id })}`);
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(db.tables.contacts.get(id)?.postalCode).toBe('1012 AB'));
  expect(await screen.findByText('Contact bijgewerkt')).toBeInTheDocument();
  expect(sent).toEqual([expect.objectContaining({ postalCode: '1012 AB', country: 'NL' })]);
});

it("shows the server's field problems (422) in Dutch, not the API's English, and keeps the typed input", async () => {
  expectApiErrorLog('validation_failed');
  server.use(
    http.put(CONTACT_URL, () =>
      HttpResponse.json(
        { error: { code: 'validation_failed', message: 'Invalid.', fields: { lastName: 'Already taken.' } } },
        { status: 422 },
      ),
    ),
  );
  await loginAs('beheerder@hub.example');
  const { user } = renderApp(`/contacts/${JAN.contactId}`);
  const lastName = await screen.findByRole('textbox', { name: /Achternaam/ }, { timeout: 10_000 });
  await waitFor(() => expect(lastName).toHaveValue('Vries'));
  await user.clear(lastName);
  await user.type(lastName, 'Vries-Bakker');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));

  expect(await screen.findByText('Controleer deze waarde.')).toBeInTheDocument();
  expect(screen.queryByText('Already taken.')).not.toBeInTheDocument();
  expect(lastName).toHaveValue('Vries-Bakker');
  expect(currentRoute()).toBe(`/contacts/${JAN.contactId}`);
  expect(db.tables.contacts.get(JAN.contactId)?.lastName).toBe('Vries');
});

it('keeps the typed input when the server fails, and saves on retry', async () => {
  expectApiErrorLog('internal');
  server.use(
    http.put(CONTACT_URL, () => HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 }), {
      once: true,
    }),
  );
  await loginAs('beheerder@hub.example');
  const { user } = renderApp(`/contacts/${JAN.contactId}`);
  const city = await screen.findByRole('textbox', { name: /Plaats/ }, { timeout: 10_000 });
  await waitFor(() => expect(city).not.toHaveValue(''));
  await user.clear(city);
  await user.type(city, 'Utrecht');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));

  await screen.findByText('Boom');
  expect(city).toHaveValue('Utrecht');
  expect(currentRoute()).toBe(`/contacts/${JAN.contactId}`);

  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(currentRoute()).toBe(`/contacts/${JAN.contactId}/show`));
  expect(db.tables.contacts.get(JAN.contactId)?.city).toBe('Utrecht');
});

describe('a medewerker', () => {
  beforeEach(() => loginAs('medewerker@hub.example'));

  it('sees no create or edit controls', async () => {
    const list = renderApp('/contacts');
    await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Exporteren' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Aanmaken' })).not.toBeInTheDocument();
    list.unmount();

    renderApp(`/contacts/${JAN.contactId}/show`);
    await screen.findByText(JAN.email, {}, { timeout: 10_000 });
    expect(screen.queryByRole('link', { name: 'Bewerken' })).not.toBeInTheDocument();
  });

  it('cannot open the edit page by URL', async () => {
    renderApp(`/contacts/${JAN.contactId}`);
    expect(await screen.findByRole('heading', { name: /Geen toegang/ }, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).not.toBeInTheDocument();
  });
});
