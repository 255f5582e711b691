/**
 * `React.lazy` for a named export, so pages keep their named exports and still get a chunk of
 * their own: `const ContactList = lazyNamed(() => import('./ContactList'), 'ContactList')`.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export function lazyNamed<Name extends string, Props>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyExoticComponent<ComponentType<Props>> {
  return lazy(async () => ({ default: (await load())[name] }));
}
