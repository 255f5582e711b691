/** Our translate fills messages in as react-admin's polyglot provider would (react-admin's own texts go through it too). */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { translate } from './translate';

const messages = {
  hub: {
    greeting: 'Hallo %{name}, welkom',
    count: '1 contract |||| %{smart_count} contracten',
    plain: 'Opslaan',
  },
};
const polyglot = polyglotI18nProvider(() => messages as unknown as TranslationMessages, 'nl', [{ locale: 'nl', name: 'Nederlands' }], { allowMissing: true });

it.each([
  ['hub.greeting', { name: 'Sophie' }],
  ['hub.count', { smart_count: 1 }],
  ['hub.count', { smart_count: 0 }],
  ['hub.count', { smart_count: 7 }],
  ['hub.plain', undefined],
  ['hub.missing', undefined],
  ['hub.missing', { _: 'Standaard %{x}', x: 'tekst' }],
])('translates %s with %o as polyglot does', (key, options) => {
  expect(translate(messages, key, options)).toBe(polyglot.translate(key, options));
});

it('fills in every placeholder and picks the plural form by count', () => {
  expect(translate(messages, 'hub.greeting', { name: 'Sophie' })).toBe('Hallo Sophie, welkom');
  expect(translate(messages, 'hub.count', { smart_count: 3 })).toBe('3 contracten');
  expect(translate(messages, 'hub.count', { smart_count: 1 })).toBe('1 contract');
});
