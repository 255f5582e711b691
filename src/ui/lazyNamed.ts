/**
 * `React.lazy` for a named export, so pages keep their named exports and still get a chunk of
 * their own: `const ContactList = lazyNamed(() => import('./ContactList'), 'ContactList')`.
 * `preload()` starts fetching the chunk before the component renders (e.g. while the auth
 * checks of the page the app opens on are still running), so chunks do not load in a waterfall.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type PreloadableComponent<Props> = LazyExoticComponent<ComponentType<Props>> & { preload: () => Promise<unknown> };

export function lazyNamed<Name extends string, Props>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): PreloadableComponent<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined;
  const preload = () => (loading ??= load().then((module) => ({ default: module[name] })));
  return Object.assign(lazy(preload), { preload });
}
