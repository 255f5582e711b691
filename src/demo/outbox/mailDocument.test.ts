/** The outbox's iframe document: links go to the app's tab; the text part's addresses become links. */
import { textWithLinks, withLinksToTop } from './mailDocument';

it('adds <base target="_top"> at the start of the head, keeping the doctype first', () => {
  const html = '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"></head><body><a href="x">x</a></body></html>';
  expect(withLinksToTop(html)).toBe('<!doctype html>\n<html lang="nl"><head><base target="_top"><meta charset="utf-8"></head><body><a href="x">x</a></body></html>');
  expect(withLinksToTop('<HEAD lang="en"><title>t</title></HEAD>')).toBe('<HEAD lang="en"><base target="_top"><title>t</title></HEAD>');
});

it('puts the base first when the mail has no head', () => {
  expect(withLinksToTop('<p>Hallo</p>')).toBe('<base target="_top"><p>Hallo</p>');
});

it('finds http(s) addresses in the text part, and nothing else', () => {
  expect(textWithLinks('Inloggen: http://localhost:5173/#/login\n\nGroet, javascript:alert(1)')).toEqual([
    { text: 'Inloggen: ' },
    { text: 'http://localhost:5173/#/login', href: 'http://localhost:5173/#/login' },
    { text: '\n\nGroet, javascript:alert(1)' },
  ]);
});
