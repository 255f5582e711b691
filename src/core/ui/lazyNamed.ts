// A plain React.lazy suspends on its first render even when its chunk is loaded, and React then
// holds the fallback through its Suspense throttling; this renders a loaded chunk directly.
import { createElement, lazy, type ComponentType } from 'react';

export type PreloadableComponent<Props> = ComponentType<Props> & { preload: () => Promise<unknown> };

type Load<Module> = () => Promise<Module>;

interface Chunk {
  loading: Promise<unknown>;
  module?: unknown;
}

const chunks = new WeakMap<Load<unknown>, Chunk>();

/** A failed load (offline) is tried again the next time it is needed. */
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
