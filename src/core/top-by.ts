// The first few items of a long list in order, without sorting all of it: a plan lists 15 of the
// 30,000 contacts a large network may have due, and insights the top brokers.

/**
 * The first `count` items in the order `before` defines (a strict order: a before b), as sorting
 * them all and slicing would give, by keeping only the best few while walking them once.
 */
export function topBy<T>(items: Iterable<T>, count: number, before: (a: T, b: T) => boolean): T[] {
  const top: T[] = [];
  if (count <= 0) return top;
  for (const item of items) {
    if (top.length === count) {
      if (!before(item, top[count - 1]!)) continue;
      top.pop();
    }
    // After every item it ties with (a binary search: `count` may be large), as a stable sort keeps them.
    let low = 0;
    let high = top.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(item, top[middle]!)) high = middle;
      else low = middle + 1;
    }
    top.splice(low, 0, item);
  }
  return top;
}
