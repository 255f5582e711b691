/**
 * The partner document's "Customer Account Creation", steps 1-4, on the contact's detail page,
 * against the real mock API.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS_URL } from '../../../test/kit/account';
import { createAccountAs } from '../../../test/kit/api';
import { EVA, FATIMA, JAN } from '../../../test/kit/people';
import { loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { countRequests, requestBodies } from '../../../test/kit/requests';

const ADD = { name: 'Account toevoegen' };

afterEach(() => server.events.removeAllListeners());

async function openContact(id: number, username = 'beheerder@hub.example', locale: 'nl' | 'en' = 'nl') {
  await loginAs(username);
  const rendered = renderApp(`/contacts/${id}/show`, { locale });
  await screen.findByRole('heading', { name: 'Account' }, { timeout: 10_000 });
  return rendered;
}

function accountPanel() {
  return screen.getByRole('region', { name: 'Account' });
}

describe('step 1: the "Account toevoegen" button', () => {
  it.each(['beheerder@hub.example', 'relatiebeheerder@hub.example'])(
    'is offered to %s while the contact has no account',
    async (username) => {
      await openContact(JAN.contactId, username);
      expect(await within(accountPanel()).findByRole('button', ADD)).toBeInTheDocument();
      expect(within(accountPanel()).getByText('Dit contact heeft nog geen klantaccount.')).toBeInTheDocument();
    },
  );

  it('is never shown to a medewerker', async () => {
    await openContact(JAN.contactId, 'medewerker@hub.example');
    await screen.findByText(JAN.email);
    expect(within(accountPanel()).getByText('Dit contact heeft nog geen klantaccount.')).toBeInTheDocument();
    expect(screen.queryByRole('button', ADD)).not.toBeInTheDocument();
  });

  it('is not offered once the contact has an account, which is shown instead', async () => {
    await openContact(EVA.contactId);
    const panel = accountPanel();
    expect(await within(panel).findByText(EVA.email)).toBeInTheDocument();
    expect(within(panel).getByText('Wacht op eerste login')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', ADD)).not.toBeInTheDocument();
  });

  it('is called "Add account" in English', async () => {
    await openContact(JAN.contactId, 'beheerder@hub.example', 'en');
    expect(await screen.findByRole('button', { name: 'Add account' })).toBeInTheDocument();
  });
});

describe('step 2: the dialog with the email', () => {
  it("is prefilled with the contact's email", async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog', { name: `Account toevoegen voor ${JAN.name}` });
    expect(within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/)).toHaveValue(JAN.email);
  });

  it('is empty when the contact has no email, and requires one', async () => {
    const { user } = await openContact(FATIMA.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    const email = within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/);
    expect(email).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    expect(await within(dialog).findByText('Verplicht')).toBeInTheDocument();
    expect(db.accountOfContact(FATIMA.contactId)).toBeUndefined();
  });

  it('refuses an invalid email on the field, keeping what was typed', async () => {
    const { user } = await openContact(FATIMA.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    const email = within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/);
    await user.type(email, 'fatima@');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    expect(await within(dialog).findByText('Vul een geldig e-mailadres in.')).toBeInTheDocument();
    expect(email).toHaveValue('fatima@');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(db.accountOfContact(FATIMA.contactId)).toBeUndefined();
  });

  it('cancels with Escape, creating nothing and returning focus to the button', async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', ADD)).toHaveFocus();
    expect(db.accountOfContact(JAN.contactId)).toBeUndefined();
  });
});

describe('step 3: creating the account', () => {
  it('shows the username, the temporary password once, and the note', async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));

    const password = await within(dialog).findByLabelText('Tijdelijk wachtwoord');
    expect(password).toHaveAttribute('readonly');
    expect((password as HTMLInputElement).value).toMatch(/^[A-Za-z0-9]{12,}$/);
    expect(within(dialog).getByLabelText('Gebruikersnaam')).toHaveValue(JAN.email);
    expect(within(dialog).getByText(/welkomstmail naar .* bevat geen wachtwoord, maar een activeringslink/)).toHaveTextContent(/eerste login.*gewijzigd/);
    expect(db.accountOfContact(JAN.contactId)?.username).toBe(JAN.email);
  });

  it('normalises the email (trimmed, lower case) and saves it on a contact that had none', async () => {
    const { user } = await openContact(FATIMA.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/), '  Fatima.ElAmrani@Voorbeeld.NL ');
    const sent = requestBodies('POST', ACCOUNTS_URL);
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));

    expect(await within(dialog).findByLabelText('Gebruikersnaam')).toHaveValue('fatima.elamrani@voorbeeld.nl');
    expect(sent).toEqual([{ contactId: FATIMA.contactId, email: 'fatima.elamrani@voorbeeld.nl' }]);
    expect(db.tables.contacts.get(FATIMA.contactId)?.email).toBe('fatima.elamrani@voorbeeld.nl');
    // The contact was refetched: its page shows the email it now has.
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(await screen.findByRole('link', { name: 'fatima.elamrani@voorbeeld.nl' })).toBeInTheDocument();
  });

  it('copies the temporary password to the clipboard and says so', async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    const password = (await within(dialog).findByLabelText('Tijdelijk wachtwoord')) as HTMLInputElement;

    await user.click(within(dialog).getByRole('button', { name: 'Tijdelijk wachtwoord kopiëren' }));
    expect(await navigator.clipboard.readText()).toBe(password.value);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Tijdelijk wachtwoord gekopieerd');
  });

  it('does not let Escape throw the password away: only "Sluiten" closes', async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    await within(dialog).findByLabelText('Tijdelijk wachtwoord');

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('sends one request for a double click', async () => {
    const { user } = await openContact(JAN.contactId);
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    const posts = countRequests('POST', ACCOUNTS_URL);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    await within(dialog).findByLabelText('Tijdelijk wachtwoord');
    expect(posts()).toBe(1);
    expect(within(dialog).queryByText(/heeft al een account/)).not.toBeInTheDocument();
  });
});

describe('step 4: the panel after the dialog closes', () => {
  async function createAccountFor(contactId: number) {
    const rendered = await openContact(contactId);
    const { user } = rendered;
    await user.click(await screen.findByRole('button', ADD));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
    await within(dialog).findByLabelText('Tijdelijk wachtwoord');
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    return rendered;
  }

  function expectAccountInfo(createdBy: string) {
    const panel = accountPanel();
    expect(within(panel).queryByRole('button', ADD)).not.toBeInTheDocument();
    expect(within(panel).getByText(JAN.email)).toBeInTheDocument();
    expect(within(panel).getByText('Wacht op eerste login')).toBeInTheDocument();
    expect(within(panel).getByText(createdBy)).toBeInTheDocument();
    const year = String(new Date().getFullYear());
    expect(within(panel).getByText('Aangemaakt op').nextElementSibling).toHaveTextContent(year);
  }

  it('shows the account instead of the button, with focus on the panel', async () => {
    await createAccountFor(JAN.contactId);
    expectAccountInfo('Marloes van Dijk');
    expect(screen.getByRole('heading', { name: 'Account' })).toHaveFocus();
    expect(screen.queryByText(/Tijdelijk wachtwoord$/)).not.toBeInTheDocument();
  });

  it('still shows it after a reload and to another staff member', async () => {
    (await createAccountFor(JAN.contactId)).unmount();
    const reloaded = renderApp(`/contacts/${JAN.contactId}/show`);
    await screen.findByRole('heading', { name: 'Account' });
    await waitFor(() => expectAccountInfo('Marloes van Dijk'));
    reloaded.unmount();

    await openContact(JAN.contactId, 'relatiebeheerder@hub.example', 'en');
    const panel = accountPanel();
    expect(await within(panel).findByText(JAN.email)).toBeInTheDocument();
    expect(within(panel).getByText('Awaiting first login')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add account' })).not.toBeInTheDocument();
  });

  it('shows the account to a medewerker as well', async () => {
    await meanwhile(() => createAccountAs('relatiebeheerder@hub.example', JAN.contactId, JAN.email));
    await openContact(JAN.contactId, 'medewerker@hub.example');
    expect(await within(accountPanel()).findByText(JAN.email)).toBeInTheDocument();
    expect(within(accountPanel()).getByText('Ruud Visser')).toBeInTheDocument();
  });
});
