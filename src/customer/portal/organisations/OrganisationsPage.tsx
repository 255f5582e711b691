import { useSuspenseQuery } from '@tanstack/react-query';
import { Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { OrganizationMine } from '../../../core/api/types';
import { DetailList } from '../layout/DetailList';
import { PortalPage } from '../layout/PortalPage';
import { mineQueries } from '../../api/mineQueries';

export function OrganisationsPage() {
  const translate = useTranslate();
  const { data: organisations } = useSuspenseQuery(mineQueries.organizations());
  return (
    <PortalPage title={translate('hub.portal.organisations.title')}>
      {organisations.length === 0 ? (
        <Typography color="text.secondary">{translate('hub.portal.organisations.empty')}</Typography>
      ) : (
        <Stack spacing={3}>
          {organisations.map((organisation) => (
            <OrganisationCard key={organisation.id} organisation={organisation} />
          ))}
        </Stack>
      )}
    </PortalPage>
  );
}

function OrganisationCard({ organisation: o }: { organisation: OrganizationMine }) {
  const translate = useTranslate();
  const label = (key: string) => translate(`hub.portal.organisations.${key}`);
  return (
    <Card component="article" aria-labelledby={`organisation-${o.id}`}>
      <CardContent>
        <Typography id={`organisation-${o.id}`} variant="h6" component="h2" gutterBottom>
          {o.name}
        </Typography>
        <DetailList
          items={[
            { label: label('dossier_number'), value: o.dossierNumber },
            {
              label: label('address'),
              value: (
                <>
                  {o.street} {o.houseNumber}
                  <br />
                  {o.postalCode} {o.city}
                </>
              ),
            },
            { label: label('phone'), value: <Link href={`tel:${o.phone.replace(/[^\d+]/g, '')}`}>{o.phone}</Link> },
            { label: label('email'), value: <Link href={`mailto:${o.email}`}>{o.email}</Link> },
            {
              label: label('website'),
              value: (
                <Link href={o.website} target="_blank" rel="noopener noreferrer">
                  {o.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </Link>
              ),
            },
            { label: label('kvk_number'), value: o.kvkNumber },
          ]}
        />
      </CardContent>
    </Card>
  );
}
