/** react-admin's own page texts read as written Dutch and English: no doubled full stop, no "Element", no capitalised resource mid-sentence. */
import { screen } from '@testing-library/react';
import { loginAs, renderApp } from '../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });

it.each([
  ['nl', 'U hebt een verkeerde URL ingevoerd of een ongeldige link gevolgd.'],
  ['en', 'Either you typed a wrong URL, or you followed a bad link.'],
] as const)('ends the not-found page\'s sentence with one full stop in %s', async (locale, sentence) => {
  await loginAs('beheerder@hub.example');
  renderApp('/no-such-page', { locale });
  expect(await screen.findByText(sentence, {}, { timeout: 10_000 })).toBeInTheDocument();
});

it.each([
  ['nl', 'Zoek op naam of e-mail', 'Geen resultaten met de huidige filters.'],
  ['en', 'Search name or email', 'No results with the current filters.'],
] as const)('says in %s that a search found nothing without naming the resource', async (locale, search, nothing) => {
  await loginAs('beheerder@hub.example');
  const { user } = renderApp('/contacts', { locale });
  await user.type(await screen.findByPlaceholderText(search, {}, { timeout: 10_000 }), 'qqqzzz');
  expect(await screen.findByText(nothing, {}, { timeout: 10_000 })).toBeInTheDocument();
});
