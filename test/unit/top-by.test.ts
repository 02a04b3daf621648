import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareIds } from '../../src/core/graph/people.js';
import { seededRandom } from '../../src/core/graph/random.js';
import { topBy } from '../../src/core/top-by.js';

describe('topBy', () => {
  it('keeps what sorting everything and slicing would', () => {
    const random = seededRandom(3);
    for (let run = 0; run < 200; run++) {
      // Few distinct values, so that ties are broken by id as often as not.
      const items = Array.from({ length: Math.floor(random() * 60) }, (_, i) => ({ id: `p${i}`, value: Math.floor(random() * 5) }));
      const count = Math.floor(random() * 12);
      const before = (x: (typeof items)[number], y: (typeof items)[number]) => x.value > y.value || (x.value === y.value && compareIds(x.id, y.id) < 0);
      const sorted = [...items].sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0)).slice(0, count);
      expect(topBy(items, count, before)).toEqual(sorted);
    }
  });

  it('keeps equal items in their order, as a stable sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() })), fc.integer({ min: 0, max: 12 }), (items, count) => {
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(topBy(items, count, (a, b) => compare(a, b) < 0)).toStrictEqual([...items].sort(compare).slice(0, count));
      }),
      { seed: 20261201 },
    );
  });

  it('gives nothing for a count of zero or less', () => {
    expect(topBy([1, 2, 3], 0, (a, b) => a < b)).toEqual([]);
    expect(topBy([1, 2, 3], -1, (a, b) => a < b)).toEqual([]);
  });
});
