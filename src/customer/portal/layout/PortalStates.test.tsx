/** Robustness: an API failure shows an error with a retry button; a crash shows the error boundary. */
import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { server, TEST_API_BASE } from '../../../../mocks/node';
import { apiPaths, withParams } from '../../../core/api/paths';
import { KLANT } from '../../../../test/kit/people';
import { loginAs, renderApp } from '../../../../test/kit/render';
import { failGet } from '../../../../test/kit/requests';

const pages = [
  { route: '/portal', failing: apiPaths.groupsMine, heading: 'Mijn account', data: 'Particuliere klanten' },
  { route: '/portal/organisations', failing: apiPaths.organizationsMine, heading: 'Mijn organisaties', data: 'Uw dossiernummer' },
  { route: '/portal/permissions', failing: apiPaths.permissionsMine, heading: 'Mijn rechten', data: 'Contracten' },
  { route: '/portal/contracts', failing: apiPaths.contractsMine, heading: 'Mijn contracten', data: 'HUB-2024-000004' },
  { route: '/portal/contracts/4', failing: withParams(apiPaths.contractMine, { id: 4 }), heading: 'Mijn contracten', data: 'Rabobank' },
];

describe('when the API fails', () => {
  beforeEach(() => loginAs(KLANT));

  it.each(pages)('$route shows an error with a retry button that loads the page', async ({ route, failing, heading, data }) => {
    failGet(failing);
    const { user } = renderApp(route);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Dit kon niet worden geladen');
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Portaalmenu' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect((await screen.findAllByText(data))[0]).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retries a server error once by itself before showing the error', async () => {
    failGet(apiPaths.contractsMine, 1);
    renderApp('/portal/contracts');
    expect(await screen.findByRole('link', { name: 'HUB-2024-000004' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('catches an unexpected error in a page with the error boundary, keeping the menu', async () => {
    // A contract without premium breaks rendering: the kind of bug the boundary is for.
    server.use(http.get(`${TEST_API_BASE}${apiPaths.contractsMine}`, () => HttpResponse.json({ data: { items: [{ id: 1, number: 'X', status: 'active', startDate: '2024-01-01' }] } })));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp('/portal/contracts');
    expect(await screen.findByRole('alert')).toHaveTextContent('Er ging iets mis');
    await user.click(screen.getByRole('link', { name: 'Naar mijn account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(screen.queryByText('Er ging iets mis')).not.toBeInTheDocument();
    consoleError.mockRestore();
  });
});
