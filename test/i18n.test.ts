/**
 * Every message key exists in Dutch and English, in both catalogues (the app's, and the back
 * office's with react-admin's own), and no Dutch translation is left blank.
 */
import { en } from '../src/core/i18n/en';
import { enBackOffice } from '../src/core/i18n/en/backOffice';
import { flattenKeys, type MessageTree } from '../src/core/i18n/messages';
import { nl } from '../src/core/i18n/nl';
import { nlBackOffice } from '../src/core/i18n/nl/backOffice';

function leaves(tree: MessageTree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe.each([
  { catalogue: 'the app', en, nl },
  { catalogue: 'the back office', en: enBackOffice, nl: nlBackOffice },
])('translations of $catalogue', ({ en, nl }) => {
  const enKeys = new Set(flattenKeys(en));
  const nlKeys = new Set(flattenKeys(nl));

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
});

it('gives the app the shell and the portal, and the back office react-admin and contacts besides', () => {
  const app = new Set(flattenKeys(nl));
  const backOffice = new Set(flattenKeys(nlBackOffice));
  expect(app).toContain('hub.login.submit');
  expect([...app].some((key) => key.startsWith('hub.portal.'))).toBe(true);
  expect(app).not.toContain('ra.action.save');
  for (const key of ['ra.action.save', 'hub.login.submit', 'resources.contacts.name']) expect(backOffice).toContain(key);
});
