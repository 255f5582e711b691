/** A chunk of its own, loaded only by a "Bekijk als klant" tab. */
import type { RouteObject } from 'react-router';
import { GuardRefusal, requireSession } from '../sessionGuards';
import { PREVIEW_ROUTE } from '../../core/session/previewPaths';

export const previewRoutes: RouteObject = {
  path: PREVIEW_ROUTE,
  middleware: [requireSession],
  errorElement: <GuardRefusal />,
  lazy: async () => ({ Component: (await import('./PreviewStartPage')).PreviewStartPage }),
};
