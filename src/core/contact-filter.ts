// Filtering and text search over contacts, for `conet list`.
import type { CollaboratorStatus, Contact, Stage } from './model.js';
import { foldText } from './text.js';

export interface ContactFilter {
  search?: string;
  tags?: string[];
  stage?: Stage;
  status?: CollaboratorStatus;
  prospects?: boolean;
}

const SEARCHED_FIELDS = ['id', 'name', 'org', 'role', 'pointOfView', 'connection', 'notes'] as const;

export function filterContacts(contacts: readonly Contact[], filter: ContactFilter): Contact[] {
  const words = filter.search ? foldText(filter.search).split(/\s+/).filter(Boolean) : [];
  const tags = (filter.tags ?? []).map(foldText);
  return contacts.filter((contact) => {
    if (filter.stage && contact.stage !== filter.stage) return false;
    if (filter.status && (contact.status ?? 'unknown') !== filter.status) return false;
    if (filter.prospects && !contact.prospect) return false;
    if (tags.length > 0) {
      const own = new Set((contact.tags ?? []).map(foldText));
      if (!tags.every((tag) => own.has(tag))) return false;
    }
    if (words.length > 0) {
      const haystack = foldText(
        [...SEARCHED_FIELDS.map((field) => contact[field] ?? ''), ...(contact.tags ?? []), ...(contact.offers ?? []), ...(contact.needs ?? [])].join(' '),
      );
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
}
