/**
 * What a back-office page looks like before its first data: shown at once as react-admin's
 * `loading` (its own skeleton waits a second, and before it the content area stays empty).
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Skeleton from '@mui/material/Skeleton';
import { Title, useGetResourceLabel, useResourceContext } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';

/** `count`: the page's title names one record (a show page) or many (a list). */
function Loading({ count, children }: { count: 1 | 2; children: ReactNode }) {
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const resource = useResourceContext();
  return (
    <Box role="status" aria-label={translate('ra.page.loading')} aria-busy="true" sx={{ mt: 1 }}>
      {resource && <Title title={getResourceLabel(resource, count)} />}
      {children}
    </Box>
  );
}

const lines = (count: number) => Array.from({ length: count }, (_, index) => index);

export function ListSkeleton() {
  return (
    <Loading count={2}>
      <Box sx={{ display: 'flex', gap: 2, mb: 1, mt: { sm: 1 } }}>
        <Skeleton variant="rounded" width={256} height={48} />
        <Skeleton variant="rounded" width={160} height={48} />
      </Box>
      <Card>
        {lines(10).map((line) => (
          <Box key={line} sx={{ display: 'flex', gap: 3, px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
            <Skeleton width="25%" />
            <Skeleton width="30%" />
            <Skeleton width="15%" sx={{ display: { xs: 'none', sm: 'block' } }} />
          </Box>
        ))}
      </Card>
    </Loading>
  );
}

export function ShowSkeleton() {
  return (
    <Loading count={1}>
      <Box sx={{ display: 'flex', flexDirection: { xs: 'column', md: 'row' }, gap: 2, mt: 5 }}>
        <Card sx={{ flex: 1, p: 2 }}>
          <Skeleton variant="text" width="40%" sx={{ fontSize: '1.5rem', mb: 1 }} />
          {lines(6).map((line) => (
            <Box key={line} sx={{ mb: 1.5 }}>
              <Skeleton width="15%" />
              <Skeleton width="35%" />
            </Box>
          ))}
        </Card>
        <Card sx={{ width: { xs: '100%', md: 320, lg: 380 }, p: 2 }}>
          <Skeleton width="30%" sx={{ fontSize: '1.25rem' }} />
          <Skeleton width="70%" />
          <Skeleton variant="rounded" width={180} height={36} sx={{ mt: 1 }} />
        </Card>
      </Box>
    </Loading>
  );
}
