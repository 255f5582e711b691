import { Suspense, type ReactNode } from 'react';
import { useCatalogue } from '../../core/i18n/useCatalogue';
import { securityCatalogue } from './i18n';

function Texts({ children }: { children: ReactNode }) {
  useCatalogue(securityCatalogue);
  return children;
}

/** Renders its children once the security texts are in (they load with this chunk, not before). */
export function SecurityTexts({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return (
    <Suspense fallback={fallback}>
      <Texts>{children}</Texts>
    </Suspense>
  );
}
