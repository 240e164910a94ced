// The bilingual tables' numbers: two decimals, and an absurd value that still fits its column.
import { fmt } from '../../../src/cli/table';

test.each([
  [40.5912, '40.59'],
  [0, '0.00'],
  [null, '–'],
  [7.194244604316546e305, '7.194e+305'],
  [-2e13, '-2e+13'],
  [Infinity, '+∞'],
])('fmt(%p) is %p', (x, shown) => {
  expect(fmt(x)).toBe(shown);
});
