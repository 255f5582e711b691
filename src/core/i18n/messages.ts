/**
 * Translation bundles are plain nested objects. `Messages<typeof enX>` is the type of the Dutch
 * twin of an English file: the same keys, every leaf a string, so a missing or extra Dutch key
 * fails the typecheck. test/i18n.test.ts checks the merged bundles at runtime as well.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

export interface MessageTree {
  [key: string]: string | MessageTree;
}

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep-merges bundles left to right; later leaves win. */
export function mergeMessages(...bundles: object[]): MessageTree {
  const result: MessageTree = {};
  for (const bundle of bundles) {
    for (const [key, value] of Object.entries(bundle)) {
      const existing = result[key];
      result[key] = isTree(existing) && isTree(value) ? mergeMessages(existing, value) : value;
    }
  }
  return result;
}

/** Every leaf key as a dotted path, e.g. `hub.login.submit`. */
export function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? flattenKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
