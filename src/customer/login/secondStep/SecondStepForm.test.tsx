/**
 * The login's second step, over the mock API with the seeded authenticator app: the app's code, a
 * recovery code, the passkey whose prompt is closed, and the refusals that keep the user's typing
 * or send them back to the password.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../../core/api/paths';
import { advanceClock, config, resetDb } from '../../../../mocks/db';
import { DEMO_RECOVERY_CODES } from '../../../../mocks/db/logins';
import { call } from '../../../../test/kit/api';
import { createSoftwarePasskey } from '../../../../test/kit/authenticator';
import { KLANT } from '../../../../test/kit/people';
import { currentRoute, logInOnLoginPage, renderApp } from '../../../../test/kit/render';
import { sessionWithApp, totpCode } from '../../../../test/kit/secondFactor';

const MINUTE = 60_000;

beforeEach(() => resetDb({ secondFactors: true }));

const codeField = () => screen.findByRole('textbox', { name: /^Code uit de app/ });

/** A six-digit code the app shows in none of the accepted time steps. */
function wrongCode(): string {
  const accepted = [-1, 0, 1].map((steps) => totpCode(steps));
  let code = 100000;
  while (accepted.includes(String(code))) code++;
  return String(code);
}

async function atSecondStep() {
  const rendered = renderApp('/login');
  await logInOnLoginPage(rendered.user, KLANT);
  expect(await screen.findByRole('heading', { level: 2, name: 'Bevestig dat u het bent' })).toBeInTheDocument();
  return rendered;
}

it('asks for the app’s code after the password, with the field focused, and then opens the portal', async () => {
  const { user } = await atSecondStep();
  expect(screen.getByText(`U logt in als ${KLANT}.`)).toBeInTheDocument();
  expect(screen.getByText('Vul de code van zes cijfers in die uw authenticator-app nu toont.')).toBeInTheDocument();
  const field = await codeField();
  expect(field).toHaveFocus();
  expect(field).toHaveAttribute('autocomplete', 'one-time-code');
  expect(field).toHaveAttribute('inputmode', 'numeric');
  const code = totpCode();
  // Pasted as the app groups it.
  await user.paste(`${code.slice(0, 3)} ${code.slice(3)}`);
  await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
  await waitFor(() => expect(currentRoute()).toBe('/portal'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
});

it('in the demo, shows the code the seeded app shows now beside the field', async () => {
  await atSecondStep();
  const code = totpCode();
  expect(await screen.findByRole('note')).toHaveTextContent(`Demo: de authenticator-app van dit account toont nu ${code.slice(0, 3)} ${code.slice(3)}.`);
});

it('says a wrong or malformed code is wrong, keeping what was typed', async () => {
  const { user } = await atSecondStep();
  const wrong = wrongCode();
  await user.type(await codeField(), `${wrong}{Enter}`);
  expect(await screen.findByRole('alert')).toHaveTextContent('Deze code klopt niet. Controleer hem en probeer het opnieuw.');
  expect(await codeField()).toHaveValue(wrong);

  await user.clear(await codeField());
  await user.type(await codeField(), '12345{Enter}');
  expect(await screen.findByText('Een code bestaat uit zes cijfers.')).toBeInTheDocument();
  expect(await codeField()).toHaveValue('12345');
  expect(await codeField()).toHaveAttribute('aria-invalid', 'true');
});

it('says a code was used already', async () => {
  await sessionWithApp(KLANT);
  // The session above used the code of the step before this one (the clock moved on a step).
  const { user } = await atSecondStep();
  await user.type(await codeField(), `${totpCode(-1)}{Enter}`);
  expect(await screen.findByRole('alert')).toHaveTextContent('Deze code is net al gebruikt. Wacht op de volgende code in uw app.');
  expect(await codeField()).toHaveValue(totpCode(-1));
});

it('after 5 minutes goes back to the password, saying why, with the address kept', async () => {
  const { user } = await atSecondStep();
  advanceClock(5 * MINUTE + 1000);
  await user.type(await codeField(), `${totpCode()}{Enter}`);
  expect(await screen.findByRole('alert')).toHaveTextContent('Het inloggen duurde langer dan 5 minuten. Log opnieuw in met uw wachtwoord.');
  expect(screen.getByLabelText(/E-mailadres/, { selector: 'input' })).toHaveValue(KLANT);
  const password = screen.getByLabelText(/^Wachtwoord/, { selector: 'input' });
  expect(password).toHaveValue('');
  expect(password).toHaveFocus();
  expect(screen.queryByRole('heading', { name: 'Bevestig dat u het bent' })).not.toBeInTheDocument();
});

it('after wrong codes up to the lock, goes back to the password, saying so and offering a new password', async () => {
  config.maxFailedLogins = 2;
  const { user } = await atSecondStep();
  await user.type(await codeField(), `${wrongCode()}{Enter}`);
  expect(await screen.findByRole('alert')).toHaveTextContent('Deze code klopt niet.');
  await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Te veel mislukte pogingen voor dit e-mailadres.');
  expect(within(screen.getByRole('alert')).getByRole('button', { name: 'Wachtwoord vergeten?' })).toBeInTheDocument();
  expect(screen.getByLabelText(/E-mailadres/, { selector: 'input' })).toHaveValue(KLANT);
});

it('takes a recovery code instead, in any case', async () => {
  const { user } = await atSecondStep();
  await user.click(screen.getByRole('button', { name: 'Gebruik een herstelcode' }));
  const field = await screen.findByRole('textbox', { name: /^Herstelcode/ });
  expect(field).toHaveFocus();
  expect(screen.getByText('Vul een van uw herstelcodes in. Elke code werkt één keer.')).toBeInTheDocument();
  await user.type(field, `${DEMO_RECOVERY_CODES[0].toLowerCase()}{Enter}`);
  await waitFor(() => expect(currentRoute()).toBe('/portal'));
});

it('refuses a used recovery code, keeping it, and goes back to the app’s code', async () => {
  const { user } = await atSecondStep();
  await user.click(screen.getByRole('button', { name: 'Gebruik een herstelcode' }));
  await user.type(await screen.findByRole('textbox', { name: /^Herstelcode/ }), 'AAAA-BBBB-CC{Enter}');
  expect(await screen.findByRole('alert')).toHaveTextContent('Deze code klopt niet.');
  expect(screen.getByRole('textbox', { name: /^Herstelcode/ })).toHaveValue('AAAA-BBBB-CC');
  await user.click(screen.getByRole('button', { name: 'Gebruik een code uit de app' }));
  expect(await codeField()).toHaveFocus();
});

describe('with a passkey on the account', () => {
  beforeEach(async () => {
    const token = await sessionWithApp(KLANT);
    const passkey = await createSoftwarePasskey();
    const options = await call('post', apiPaths.passkeyRegistrationOptions, apiPaths.passkeyRegistrationOptions, { token });
    const credential = await passkey.register(options.body.data.options, new URL(config.portalUrl).origin);
    expect((await call('post', apiPaths.passkeys, apiPaths.passkeys, { token, body: { name: 'Telefoon', credential } })).status).toBe(201);
    // A browser with WebAuthn whose prompt the user closes.
    vi.stubGlobal('PublicKeyCredential', function PublicKeyCredential() {});
    Object.defineProperty(navigator, 'credentials', {
      configurable: true,
      value: { get: vi.fn().mockRejectedValue(new DOMException('The prompt was closed.', 'NotAllowedError')) },
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    Reflect.deleteProperty(navigator, 'credentials');
  });

  it('says so when the browser’s passkey prompt is closed, and the code still works', async () => {
    const { user } = await atSecondStep();
    expect(screen.getByRole('button', { name: 'Gebruik uw passkey' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gebruik uw passkey' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Er is niet met een passkey ingelogd: de vraag van uw browser werd gesloten.');
    expect(navigator.credentials.get).toHaveBeenCalledWith(expect.objectContaining({ publicKey: expect.objectContaining({ allowCredentials: [expect.anything()] }) }));
    await user.type(await codeField(), `${totpCode()}{Enter}`);
    await waitFor(() => expect(currentRoute()).toBe('/portal'));
  });
});
