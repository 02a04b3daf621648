// Adding a contact, and the readable id it gets. Apart from contacts.ts because making ids loads a
// transliteration table (~15 ms), which commands that only find or edit contacts should not pay for.
import slugify from '@sindresorhus/slugify';
import { dropEmpty } from './contacts.js';
import { UsageError } from './errors.js';
import { ME, type Contact, type Network } from './model.js';

/** A stable, readable id for a name: "José Müller" → "jose-mueller", made unique with -2, -3… */
export function makeContactId(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name) || 'contact';
  const safeBase = base === ME ? 'me-contact' : base;
  let candidate = safeBase;
  for (let n = 2; taken.has(candidate); n++) candidate = `${safeBase}-${n}`;
  return candidate;
}

export type ContactInput = Partial<Contact> & { name: string };

export function addContact(network: Network, input: ContactInput): { network: Network; contact: Contact } {
  const name = input.name?.trim();
  if (!name) throw new UsageError('A contact needs a name.', { hint: 'Pass the name as the first argument.' });
  const taken = new Set(network.contacts.map((contact) => contact.id));
  if (input.id !== undefined && taken.has(input.id)) {
    throw new UsageError(`A contact with id "${input.id}" already exists.`, { hint: 'Choose another --id, or use `conet edit`.' });
  }
  // id and name first: they are what a person scans for in the file.
  const { id: _id, name: _name, ...rest } = dropEmpty(input);
  const contact: Contact = { id: input.id ?? makeContactId(name, taken), name, ...rest };
  return { network: { ...network, contacts: [...network.contacts, contact] }, contact };
}
