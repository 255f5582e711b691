/**
 * Every message key exists in Dutch and English, across every namespace (react-admin's own,
 * hub.*, contacts, portal), and no Dutch translation is left blank.
 */
import { en } from '../src/i18n/en';
import { flattenKeys, type MessageTree } from '../src/i18n/messages';
import { nl } from '../src/i18n/nl';

function leaves(tree: MessageTree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

const enKeys = new Set(flattenKeys(en));
const nlKeys = new Set(flattenKeys(nl));

describe('translations', () => {
  it('has every English key in Dutch', () => {
    expect([...enKeys].filter((key) => !nlKeys.has(key))).toEqual([]);
  });

  it('has every Dutch key in English', () => {
    expect([...nlKeys].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('has only text messages', () => {
    const notText = [...leaves(en), ...leaves(nl)].filter(([, value]) => typeof value !== 'string');
    expect(notText.map(([key]) => key)).toEqual([]);
  });

  it('leaves no Dutch message blank where the English one has text', () => {
    const english = new Map(leaves(en));
    const blank = leaves(nl).filter(
      ([key, value]) => String(value).trim() === '' && String(english.get(key) ?? '').trim() !== '',
    );
    expect(blank.map(([key]) => key)).toEqual([]);
  });

  it('covers react-admin, the shell, contacts and the portal', () => {
    for (const key of ['ra.action.save', 'hub.login.submit', 'resources.contacts.name']) {
      expect(nlKeys).toContain(key);
    }
    expect([...nlKeys].some((key) => key.startsWith('hub.portal.'))).toBe(true);
  });
});
