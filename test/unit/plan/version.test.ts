// Template versions compare part by part, as numbers.
import { olderVersion } from '../../../src/plan';

test.each([
  ['1.3.0', '1.4.0', true],
  ['1.4.0', '1.4.0', false],
  ['1.10.0', '1.4.0', false],
  ['1.4', '1.4.0', false],
  ['0.9.9', '1.0.0', true],
  ['', '1.4.0', true],
  ['abc', '1.0.0', true],
])('%s older than %s: %s', (a, b, older) => {
  expect(olderVersion(a, b)).toBe(older);
});
