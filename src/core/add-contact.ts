// Adding a contact, and the readable id it gets. Apart from contacts.ts because making ids loads a
// transliteration table (~15 ms), which commands that only find or edit contacts should not pay for.
import slugify from '@sindresorhus/slugify';
import { dropEmpty } from './contacts.js';
import { UsageError } from './errors.js';
import { ME, type Contact, type Network } from './model.js';
import { ID_PATTERN } from './schema.js';
import { firstFreeId } from './text.js';

/** Ids are typed on the command line: a long name gives an id of its first words. */
const MAX_ID_BASE = 40;

/** A stable, readable id for a name: "José Müller" → "jose-mueller", made unique with -2, -3… */
export function makeContactId(name: string, taken: ReadonlySet<string>): string {
  const base = shorten(slugify(name)) || 'contact';
  const safeBase = base === ME ? 'me-contact' : base;
  return firstFreeId(safeBase, taken);
}

function shorten(slug: string): string {
  if (slug.length <= MAX_ID_BASE) return slug;
  const cut = slug.slice(0, MAX_ID_BASE + 1);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, MAX_ID_BASE);
}

/** An id the user chose must be one the file accepts, and free. */
function checkChosenId(id: string, taken: ReadonlySet<string>): void {
  if (id === ME) throw new UsageError(`--id ${ME} is reserved for you.`, { hint: 'Choose another --id, or leave it out and conet makes one from the name.' });
  if (!ID_PATTERN.test(id)) {
    const suggestion = shorten(slugify(id));
    throw new UsageError(`--id "${id}" is not a usable id: ids are lowercase letters, digits and dashes.`, {
      hint: suggestion && suggestion !== ME ? `Try --id ${suggestion}, or leave --id out and conet makes one from the name.` : 'Leave --id out and conet makes one from the name.',
    });
  }
  if (taken.has(id)) throw new UsageError(`A contact with id "${id}" already exists.`, { hint: 'Choose another --id, or use `conet edit`.' });
}

export type ContactInput = Partial<Contact> & { name: string };

export function addContact(network: Network, input: ContactInput): { network: Network; contact: Contact } {
  const name = input.name?.trim();
  if (!name) throw new UsageError('A contact needs a name.', { hint: 'Pass the name as the first argument.' });
  const taken = new Set(network.contacts.map((contact) => contact.id));
  if (input.id !== undefined) checkChosenId(input.id, taken);
  // id and name first: they are what a person scans for in the file.
  const { id: _id, name: _name, ...rest } = dropEmpty(input);
  const contact: Contact = { id: input.id ?? makeContactId(name, taken), name, ...rest };
  return { network: { ...network, contacts: [...network.contacts, contact] }, contact };
}
