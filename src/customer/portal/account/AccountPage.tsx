import { useSuspenseQuery } from '@tanstack/react-query';
import { Button, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Link } from 'react-router';
import { currentPreview } from '../../../core/session/previewTab';
import { portalPaths } from '../portalPaths';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { AccountMine, Group, OrganizationMine } from '../../../core/api/types';
import { fullName } from '../../../core/ui/names';
import { DetailList } from '../layout/DetailList';
import { SectionCard } from '../layout/SectionCard';
import { PasswordSavedNotice } from './PasswordSavedNotice';
import { PortalPage } from '../layout/PortalPage';
import { mineQueries } from '../../api/mineQueries';

export function AccountPage() {
  const translate = useTranslate();
  // One useSuspenseQuery each: the loader caches all three, and useSuspenseQueries grows the chunk
  // (docs/performance.md, The customer side on the libraries' own mechanisms).
  const { data: account } = useSuspenseQuery(mineQueries.account());
  const { data: organisations } = useSuspenseQuery(mineQueries.organizations());
  const { data: groups } = useSuspenseQuery(mineQueries.groups());
  return (
    <PortalPage title={translate('hub.portal.account.title')}>
      <PasswordSavedNotice />
      <Stack spacing={3}>
        <PersonalCard account={account} />
        <DossiersCard dossiers={account.dossiers} organisations={organisations} />
        <GroupsCard groups={groups} />
        {!currentPreview() && <SignInCard />}
      </Stack>
    </PortalPage>
  );
}

function PersonalCard({ account }: { account: AccountMine }) {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('hub.portal.account.personal')}>
      <DetailList
        items={[
          { label: translate('hub.portal.account.name'), value: fullName(account) },
          { label: translate('hub.portal.account.username'), value: account.name },
          { label: translate('hub.portal.account.email'), value: account.email },
        ]}
      />
    </SectionCard>
  );
}

function SignInCard() {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('hub.portal.account.sign_in')}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} alignItems="flex-start">
        <Button component={Link} to={portalPaths.ownPassword} variant="outlined">
          {translate('hub.portal.account.change_password')}
        </Button>
        <Button component={Link} to={portalPaths.security} variant="outlined">
          {translate('hub.portal.security.title')}
        </Button>
      </Stack>
    </SectionCard>
  );
}

function DossiersCard({ dossiers, organisations }: { dossiers: AccountMine['dossiers']; organisations: OrganizationMine[] }) {
  const translate = useTranslate();
  const nameOf = (id: string) =>
    organisations.find((organisation) => String(organisation.id) === id)?.name ??
    translate('hub.portal.account.unknown_organisation', { id });
  const entries = Object.entries(dossiers);
  return (
    <SectionCard title={translate('hub.portal.account.dossiers')}>
      {entries.length === 0 ? (
        <Typography color="text.secondary">{translate('hub.portal.account.dossiers_empty')}</Typography>
      ) : (
        <DetailList
          items={entries.map(([organisationId, dossierNumber]) => ({
            label: nameOf(organisationId),
            value: `${translate('hub.portal.account.dossier_number')}: ${dossierNumber}`,
          }))}
        />
      )}
    </SectionCard>
  );
}

function GroupsCard({ groups }: { groups: Group[] }) {
  const translate = useTranslate();
  return (
    <SectionCard title={translate('hub.portal.account.groups')}>
      {groups.length === 0 ? (
        <Typography color="text.secondary">{translate('hub.portal.account.groups_empty')}</Typography>
      ) : (
        <List disablePadding>
          {groups.map((group) => (
            <ListItem key={group.id} disableGutters>
              <ListItemText primary={group.name} secondary={group.description} />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
