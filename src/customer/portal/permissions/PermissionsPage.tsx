import { useSuspenseQuery } from '@tanstack/react-query';
import { Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { Permission } from '../../../core/api/types';
import { PortalPage } from '../layout/PortalPage';
import { mineQueries } from '../../api/mineQueries';

const categoryOrder: Permission['category'][] = ['account', 'contracts', 'documents', 'organizations', 'communication'];

function groupByCategory(permissions: Permission[]) {
  return categoryOrder
    .map((category) => ({
      category,
      permissions: permissions
        .filter((permission) => permission.category === category)
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.permissions.length > 0);
}

export function PermissionsPage() {
  const translate = useTranslate();
  const { data: permissions } = useSuspenseQuery(mineQueries.permissions());
  return (
    <PortalPage title={translate('hub.portal.permissions.title')}>
      {permissions.length === 0 ? (
        <Typography color="text.secondary">{translate('hub.portal.permissions.empty')}</Typography>
      ) : (
        <Stack spacing={3}>
          <Typography color="text.secondary">{translate('hub.portal.permissions.intro')}</Typography>
          {groupByCategory(permissions).map(({ category, permissions: items }) => (
            <Card key={category} component="section" aria-labelledby={`category-${category}`}>
              <CardContent>
                <Typography id={`category-${category}`} variant="h6" component="h2">
                  {translate(`hub.portal.permissions.category.${category}`)}
                </Typography>
                <List disablePadding>
                  {items.map((permission) => (
                    <ListItem key={permission.id} disableGutters>
                      <ListItemText primary={permission.name} secondary={permission.description} />
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Card>
          ))}
        </Stack>
      )}
    </PortalPage>
  );
}
