/**
 * The back office speaks the app's one language: switched in its app bar, react-admin's own
 * texts follow at once, and the choice is remembered; react-admin's store never decides it.
 */
import { screen } from '@testing-library/react';
import { loginAs, renderApp } from '../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });

it('switches the staff pages and react-admin\'s own texts from the app bar, and remembers the choice', async () => {
  await loginAs('beheerder@hub.example');
  const { user, unmount } = renderApp('/contacts');
  expect(await screen.findByRole('heading', { name: 'Contacten' }, { timeout: 10_000 })).toBeInTheDocument();
  // The title already stands above the loading skeleton; the list's buttons come with its rows.
  expect(await screen.findByRole('button', { name: 'Exporteren' }, { timeout: 10_000 })).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'EN English' }));
  expect(await screen.findByRole('heading', { name: 'Contacts' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Export' })).toBeInTheDocument();
  expect(localStorage.getItem('hub.locale')).toBe('en');
  expect(document.documentElement.lang).toBe('en');
  unmount();

  renderApp('/contacts');
  expect(await screen.findByRole('heading', { name: 'Contacts' }, { timeout: 10_000 })).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Export' }, { timeout: 10_000 })).toBeInTheDocument();
});

it('keeps the app\'s language over a locale left in react-admin\'s store', async () => {
  localStorage.setItem('RaStorehub.locale', JSON.stringify('en'));
  await loginAs('beheerder@hub.example');
  renderApp('/contacts', { locale: 'nl' });
  expect(await screen.findByRole('heading', { name: 'Contacten' }, { timeout: 10_000 })).toBeInTheDocument();
  // The title already stands above the loading skeleton; the list's buttons come with its rows.
  expect(await screen.findByRole('button', { name: 'Exporteren' }, { timeout: 10_000 })).toBeInTheDocument();
  expect(localStorage.getItem('hub.locale')).toBe('nl');
  expect(localStorage.getItem('RaStorehub.locale')).toBeNull();
});
