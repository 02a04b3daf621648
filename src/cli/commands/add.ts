import { addContact } from '../../core/add-contact.js';
import { toIsoDate } from '../../core/followup/index.js';
import { ME, type Contact } from '../../core/model.js';
import { linkContacts } from '../../core/relationships.js';
import { foldText } from '../../core/text.js';
import { contactFieldsFrom, type ContactFieldOptions } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { paint, printJson, say, success } from '../output.js';
import { openStore } from '../store.js';

export interface AddOptions extends ContactFieldOptions {
  id?: string;
  strength?: number;
  json?: true;
}

export async function addCommand(context: CliContext, name: string, options: AddOptions): Promise<void> {
  const store = openStore(context);
  let added!: ReturnType<typeof addContact>['contact'];
  let namesake: Contact | undefined;
  await store.update(
    (network) => {
      const result = addContact(network, { name, ...(options.id !== undefined && { id: options.id }), ...contactFieldsFrom(options, toIsoDate(context.today())) });
      added = result.contact;
      namesake = network.contacts.find((contact) => foldText(contact.name).trim() === foldText(added.name));
      if (options.strength === undefined) return result.network;
      return linkContacts(result.network, ME, added.id, { strength: options.strength }).network;
    },
    { create: true },
  );
  if (options.json) return printJson(context, added);
  const chalk = paint(context);
  success(context, `Added ${chalk.bold(added.name)} as ${chalk.cyan(added.id)} in ${store.path}`);
  if (namesake) say(context, chalk.yellow(`  ${namesake.name} (${namesake.id}) was already in your network: if this is the same person, \`conet rm ${added.id}\` undoes this.`));
  if (options.strength === undefined) say(context, chalk.dim(`  Next: conet link me ${added.id} --strength 3   (how well you know them)`));
}
