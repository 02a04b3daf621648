// The first few items of a long list in sorted order, without sorting all of it: a plan lists 15 of
// the 30,000 contacts a large network may have due.

/**
 * The first `limit` items of `items` in the order of `compare`, as `[...items].sort(compare).slice(0, limit)`
 * gives them (equal items keep their order), in about one comparison per item.
 */
export function selectFirst<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit >= items.length) return [...items].sort(compare);
  const first: T[] = [];
  if (limit <= 0) return first;
  for (const item of items) {
    if (first.length === limit && compare(item, first[limit - 1]!) >= 0) continue;
    // After every item it ties with: the order of equal items is kept.
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compare(item, first[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    first.splice(low, 0, item);
    if (first.length > limit) first.pop();
  }
  return first;
}
