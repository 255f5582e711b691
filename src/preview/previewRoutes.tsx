/** The route a "Bekijk als klant" tab opens on; a chunk of its own, loaded only by such a tab. */
import { Suspense } from 'react';
import { Route } from 'react-router';
import { lazyNamed } from '../ui/lazyNamed';
import { PREVIEW_ROUTE } from './previewPaths';

const PreviewStartPage = lazyNamed(() => import('./PreviewStartPage'), 'PreviewStartPage');

export const previewRoutes = <Route path={PREVIEW_ROUTE} element={<Suspense><PreviewStartPage /></Suspense>} />;
