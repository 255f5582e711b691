/** A section's texts that load with its code; apart from LocaleProvider, so it travels with its users' chunks. */
import { use } from 'react';
import type { Catalogue } from './i18nProvider';
import { useLocaleContext } from './LocaleProvider';

const adding = new WeakMap<object, Map<Catalogue, Promise<void>>>();

/** One promise per provider and catalogue: `use()` must see the same one when it renders again. */
function addedOnce(addCatalogue: (catalogue: Catalogue) => Promise<void>, catalogue: Catalogue): Promise<void> {
  const started = adding.get(addCatalogue) ?? new Map<Catalogue, Promise<void>>();
  adding.set(addCatalogue, started);
  const promise = started.get(catalogue) ?? addCatalogue(catalogue);
  started.set(catalogue, promise);
  return promise;
}

/** Suspends until the catalogue's texts are in the app's provider. */
export function useCatalogue(catalogue: Catalogue): void {
  use(addedOnce(useLocaleContext().addCatalogue, catalogue));
}
