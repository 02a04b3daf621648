// Small shared helpers for the graph suggestions.
import type { Contact } from '../model.js';

/** Contacts marked "not a collaborator" are let go for now: never suggested, never asked to introduce. */
export function isLetGo(contact: Contact): boolean {
  return contact.status === 'not-a-collaborator';
}

/** Plain code-unit order, so ties break the same way on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
    let at = top.length;
    while (at > 0 && before(item, top[at - 1]!)) at--;
    top.splice(at, 0, item);
  }
  return top;
}
