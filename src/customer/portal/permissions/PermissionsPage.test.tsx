/** Mijn rechten: readable names and descriptions, grouped by translated category. */
import { http, HttpResponse } from 'msw';
import { screen, within } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import { server, TEST_API_BASE } from '../../../../mocks/node';
import { apiPaths } from '../../../core/api/paths';
import { KLANT } from '../../../../test/kit/people';
import { loginAs, renderApp } from '../../../../test/kit/render';

function klantPermissions() {
  const groups = new Set(db.accountByUsername(KLANT)!.groupIds);
  return [...db.tables.permissions.values()].filter((p) => p.groupIds.some((id) => groups.has(id)));
}

describe('Mijn rechten', () => {
  beforeEach(() => loginAs(KLANT));

  it('groups each permission, by name and description, under its category', async () => {
    renderApp('/portal/permissions');
    const dutch = { account: 'Account', contracts: 'Contracten', documents: 'Documenten', organizations: 'Organisaties', communication: 'Communicatie' };
    const permissions = klantPermissions();
    expect(new Set(permissions.map((p) => p.category)).size).toBeGreaterThan(1);
    for (const permission of permissions) {
      const section = within(await screen.findByRole('region', { name: dutch[permission.category] }));
      expect(section.getByText(permission.name)).toBeInTheDocument();
      expect(section.getByText(permission.description)).toBeInTheDocument();
      expect(screen.queryByText(permission.code)).not.toBeInTheDocument();
    }
  });

  it('translates the category names into English', async () => {
    renderApp('/portal/permissions', { locale: 'en' });
    const category = klantPermissions().find((p) => p.category === 'contracts')!;
    const section = within(await screen.findByRole('region', { name: 'Contracts' }));
    expect(section.getByText(category.name)).toBeInTheDocument();
  });

  it('says so when the customer has no permissions', async () => {
    server.use(http.get(`${TEST_API_BASE}${apiPaths.permissionsMine}`, () => HttpResponse.json({ data: { items: [] } })));
    renderApp('/portal/permissions');
    expect(await screen.findByText('U heeft nog geen rechten.')).toBeInTheDocument();
  });
});
