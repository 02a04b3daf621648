import { findContact, updateContact } from '../../core/contacts.js';
import { UsageError } from '../../core/errors.js';
import type { Contact } from '../../core/model.js';
import { contactFieldsFrom, type ContactFieldOptions } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { paint, printJson, success } from '../output.js';
import { openStore } from '../store.js';

export interface EditOptions extends ContactFieldOptions {
  name?: string;
  unset: string[];
  json?: true;
}

export async function editCommand(context: CliContext, query: string, options: EditOptions): Promise<void> {
  const changes: Partial<Contact> = contactFieldsFrom(options);
  if (options.name !== undefined) changes.name = options.name;
  for (const field of options.unset) {
    if (field === 'id' || field === 'name') throw new UsageError(`--unset ${field}: a contact always has an ${field}.`);
    changes[field] = undefined;
  }
  if (Object.keys(changes).length === 0) {
    throw new UsageError('Nothing to change.', { hint: 'Pass the fields to change, e.g. `conet edit ada --role CTO`; see `conet edit --help`.' });
  }
  let updated!: Contact;
  await openStore(context).update((network) => {
    const result = updateContact(network, findContact(network, query).id, changes);
    updated = result.contact;
    return result.network;
  });
  if (options.json) return printJson(context, updated);
  success(context, `Updated ${paint(context).bold(updated.name)} (${updated.id})`);
}
