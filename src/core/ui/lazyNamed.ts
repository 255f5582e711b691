/**
 * `React.lazy` for a named export, so pages keep their named exports and still get a chunk of
 * their own: `const ContactList = lazyNamed(() => import('./ContactList'), 'ContactList')`.
 * `preload()` starts fetching the chunk before the component renders (e.g. while the auth
 * checks of the page the app opens on are still running), so chunks do not load in a waterfall.
 *
 * Once its chunk is loaded, the component renders directly, without suspending. A plain
 * `React.lazy` suspends on its first render even then, and in a synchronous render (most of
 * react-admin's and react-query's updates) React shows the Suspense fallback and keeps it for at
 * least 300 ms (its throttling of Suspense reveals): the page appeared 0.3 s later than it could.
 * Components passing the same `load` function share one chunk: one preload loads them all.
 */
import { createElement, lazy, type ComponentType } from 'react';

export type PreloadableComponent<Props> = ComponentType<Props> & { preload: () => Promise<unknown> };

type Load<Module> = () => Promise<Module>;

interface Chunk {
  loading: Promise<unknown>;
  module?: unknown;
}

const chunks = new WeakMap<Load<unknown>, Chunk>();

/** Loads the chunk once; a failed load (offline) is tried again the next time it is needed. */
function loadChunk<Module>(load: Load<Module>): Promise<Module> {
  let chunk = chunks.get(load);
  if (!chunk) {
    const loading = load().then(
      (module) => {
        chunk!.module = module;
        return module;
      },
      (error: unknown) => {
        chunks.delete(load);
        throw error;
      },
    );
    chunk = { loading };
    chunks.set(load, chunk);
  }
  return chunk.loading as Promise<Module>;
}

export function lazyNamed<Name extends string, Props extends object>(
  load: Load<Record<Name, ComponentType<Props>>>,
  name: Name,
): PreloadableComponent<Props> {
  const preload = () => loadChunk(load);
  const Lazy = lazy(() => preload().then((module): { default: ComponentType<Props> } => ({ default: module[name] })));
  function LazyNamed(props: Props) {
    const module = chunks.get(load)?.module as Record<Name, ComponentType<Props>> | undefined;
    const Component: ComponentType<Props> = module ? module[name] : Lazy;
    return createElement(Component, props);
  }
  LazyNamed.displayName = `Lazy(${name})`;
  return Object.assign(LazyNamed, { preload });
}
