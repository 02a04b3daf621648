import { findContact, updateContact } from '../../core/contacts.js';
import { UsageError } from '../../core/errors.js';
import { toIsoDate } from '../../core/followup/index.js';
import type { Contact } from '../../core/model.js';
import { contactFieldsFrom, fieldOfFlag, type ContactFieldOptions } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { paint, printJson, success } from '../output.js';
import { openStore } from '../store.js';

export interface EditOptions extends ContactFieldOptions {
  name?: string;
  unset: string[];
  json?: true;
}

export async function editCommand(context: CliContext, query: string, options: EditOptions): Promise<void> {
  const changes: Partial<Contact> = contactFieldsFrom(options, toIsoDate(context.today()));
  if (options.name !== undefined) changes.name = options.name;
  const unset = options.unset.map(fieldOfFlag);
  for (const field of unset) {
    if (field === 'id' || field === 'name') throw new UsageError(`--unset ${field}: a contact always has ${field === 'id' ? 'an id' : 'a name'}.`);
    changes[field] = undefined;
  }
  if (Object.keys(changes).length === 0) {
    throw new UsageError('Nothing to change.', { hint: 'Pass the fields to change, e.g. `conet edit ada --role CTO`; see `conet edit --help`.' });
  }
  let updated!: Contact;
  await openStore(context).update((network) => {
    const contact = findContact(network, query);
    const missing = unset.filter((field) => contact[field] === undefined);
    if (missing.length > 0) {
      const present = Object.keys(contact).filter((field) => field !== 'id' && field !== 'name');
      throw new UsageError(`${contact.name} has no ${missing.join(', ')} to unset.`, {
        hint: present.length > 0 ? `Fields set: ${present.join(', ')}.` : 'Only the id and name are set.',
      });
    }
    const result = updateContact(network, contact.id, changes);
    updated = result.contact;
    return result.network;
  });
  if (options.json) return printJson(context, updated);
  success(context, `Updated ${paint(context).bold(updated.name)} (${updated.id})`);
}
