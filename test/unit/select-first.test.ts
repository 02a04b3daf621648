import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectFirst } from '../../src/core/select-first.js';

describe('selectFirst', () => {
  it('gives what sorting all and keeping the first `limit` gives, equal items in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.integer({ min: 0, max: 5 }), at: fc.nat() })), fc.integer({ min: -1, max: 12 }), (items, limit) => {
        const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
        expect(selectFirst(items, limit, compare)).toStrictEqual([...items].sort(compare).slice(0, Math.max(0, limit)));
      }),
      { seed: 20261201 },
    );
  });
});
