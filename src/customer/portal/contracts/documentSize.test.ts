import { formatSize } from './documentSize';

test('a size keeps its number and unit together (a non-breaking space), in each language', () => {
  expect(formatSize(156_900, 'nl')).toBe('156,9\u00a0kB');
  expect(formatSize(156_900, 'en')).toBe('156.9\u00a0kB');
  expect(formatSize(1_234_567, 'nl')).toBe('1,2\u00a0MB');
  expect(formatSize(12, 'en')).toBe('1\u00a0kB');
});
