/**
 * Every message key exists in Dutch and English, in every catalogue (the shared texts, the
 * customer side's, the back office's with react-admin's own, the demo's), and no Dutch
 * translation is left blank.
 */
import { en as backOfficeEn } from '../src/backoffice/i18n/en';
import { nl as backOfficeNl } from '../src/backoffice/i18n/nl';
import { app as sharedEn } from '../src/core/i18n/en/app';
import { flattenKeys, mergeMessages, type MessageTree } from '../src/core/i18n/messages';
import { app as sharedNl } from '../src/core/i18n/nl/app';
import { en as customerEn } from '../src/customer/i18n/en';
import { nl as customerNl } from '../src/customer/i18n/nl';
import { security as securityEn } from '../src/customer/security/i18n/en';
import { security as securityNl } from '../src/customer/security/i18n/nl';
import { secondStep as secondStepEn } from '../src/customer/login/secondStep/i18n/en';
import { secondStep as secondStepNl } from '../src/customer/login/secondStep/i18n/nl';
import { en as demoEn } from '../src/demo/i18n/en';
import { nl as demoNl } from '../src/demo/i18n/nl';

function leaves(tree: MessageTree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe.each([
  { catalogue: 'the shared texts', en: sharedEn, nl: sharedNl },
  { catalogue: 'the customer side', en: customerEn, nl: customerNl },
  { catalogue: 'the security pages', en: securityEn, nl: securityNl },
  { catalogue: 'the login\'s second step', en: secondStepEn, nl: secondStepNl },
  { catalogue: 'the back office', en: backOfficeEn, nl: backOfficeNl },
  { catalogue: 'the demo', en: demoEn, nl: demoNl },
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
    const notText = [...leaves(en as MessageTree), ...leaves(nl as MessageTree)].filter(([, value]) => typeof value !== 'string');
    expect(notText.map(([key]) => key)).toEqual([]);
  });

  it('leaves no Dutch message blank where the English one has text', () => {
    const english = new Map(leaves(en as MessageTree));
    const blank = leaves(nl as MessageTree).filter(
      ([key, value]) => String(value).trim() === '' && String(english.get(key) ?? '').trim() !== '',
    );
    expect(blank.map(([key]) => key)).toEqual([]);
  });
});

it('gives the customer side the shell and the portal, and the back office react-admin and contacts besides', () => {
  const app = new Set(flattenKeys(mergeMessages(sharedNl, customerNl)));
  const backOffice = new Set(flattenKeys(mergeMessages(sharedNl, customerNl, backOfficeNl)));
  expect(app).toContain('hub.login.submit');
  expect([...app].some((key) => key.startsWith('hub.portal.'))).toBe(true);
  expect(app).not.toContain('ra.action.save');
  for (const key of ['ra.action.save', 'hub.login.submit', 'resources.contacts.name']) expect(backOffice).toContain(key);
});

it('keeps every catalogue to its own keys: a section never overrides another', () => {
  const catalogues = [sharedNl, customerNl, securityNl, secondStepNl, backOfficeNl, demoNl].map((tree) => flattenKeys(tree));
  const all = catalogues.flat();
  expect(all.filter((key, index) => all.indexOf(key) !== index)).toEqual([]);
});
