// Hand-made rather than node-polyglot, which weighs on the first chunk (docs/performance.md, One translate).
import type { MessageTree } from './messages';

export type TranslateOptions = Record<string, unknown> & { smart_count?: number; _?: string };

function lookUp(messages: MessageTree, key: string): string | undefined {
  let node: string | MessageTree | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function translate(messages: MessageTree, key: string, options: TranslateOptions = {}): string {
  const message = lookUp(messages, key) ?? options._ ?? key;
  const count = options.smart_count;
  const forms = message.split('||||').map((form) => form.trim());
  const chosen = typeof count === 'number' && forms.length > 1 ? forms[count === 1 ? 0 : 1] : message;
  return chosen.replace(/%\{(\w+)\}/g, (placeholder, name: string) => (name in options ? String(options[name]) : placeholder));
}
