import { customerCatalogue } from '../customer/i18n';
import { createI18nProvider, loadCatalogue, storedLocale, type Catalogue, type Locale } from '../core/i18n/i18nProvider';
import { sharedCatalogue } from '../core/i18n/sharedCatalogue';
import type { HubPlugin } from '../core/plugins';

export { backOfficeCatalogue } from '../backoffice/i18n';

function firstCatalogues(plugin: HubPlugin): Catalogue[] {
  return [sharedCatalogue, customerCatalogue, ...(plugin.catalogue ? [plugin.catalogue] : [])];
}

export async function preloadLocale(plugin: HubPlugin, locale: Locale = storedLocale()): Promise<void> {
  await Promise.all(firstCatalogues(plugin).map((catalogue) => loadCatalogue(catalogue, locale)));
}

export function createAppI18nProvider(plugin: HubPlugin) {
  return createI18nProvider(firstCatalogues(plugin));
}
