/** `Messages<typeof enX>` types the Dutch twin, so a missing or extra Dutch key fails the typecheck. */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>;
};

export interface MessageTree {
  [key: string]: string | MessageTree;
}

function isTree(value: unknown): value is MessageTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

export function flattenKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    isTree(value) ? flattenKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}
