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
