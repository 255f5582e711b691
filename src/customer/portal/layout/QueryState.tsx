/**
 * The three faces of every portal page: a skeleton while loading, an error with a retry button
 * when the API fails (never a blank page), and the page itself once the data is there.
 */
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Skeleton, Stack } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';

interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** Shown while loading; defaults to a few grey bars. */
  skeleton?: ReactNode;
}

export function QueryState<T>({ query, children, skeleton }: QueryStateProps<T>) {
  if (query.isError) return <QueryError onRetry={() => query.refetch()} retrying={query.isFetching} />;
  if (query.isPending || query.data === undefined) return <>{skeleton ?? <PageSkeleton />}</>;
  return <>{children(query.data)}</>;
}

export function QueryError({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate('hub.portal.state.error_title')}</AlertTitle>
      {translate('hub.portal.state.error_text')}
      {/* Below the text rather than beside it, so it keeps its size on a phone. */}
      <Box sx={{ mt: 1.5 }}>
        <Button variant="outlined" color="inherit" size="small" onClick={onRetry} disabled={retrying}>
          {translate('hub.portal.state.retry')}
        </Button>
      </Box>
    </Alert>
  );
}

export function PageSkeleton({ rows = 4 }: { rows?: number }) {
  const translate = useTranslate();
  return (
    <Box role="status" aria-busy="true" aria-label={translate('hub.portal.state.loading')}>
      <Stack spacing={1.5}>
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={index === 0 ? 48 : 32} />
        ))}
      </Stack>
    </Box>
  );
}
