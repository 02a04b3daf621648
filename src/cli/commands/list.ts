import { filterContacts } from '../../core/contact-filter.js';
import type { CollaboratorStatus, Stage } from '../../core/model.js';
import type { CliContext } from '../context.js';
import { noteHidden, paint, plural, printJson, say, starredName } from '../output.js';
import { printTable } from '../table.js';
import { openStore } from '../store.js';

export interface ListOptions {
  tag: string[];
  stage?: Stage;
  status?: CollaboratorStatus;
  prospects?: true;
  limit?: number;
  json?: true;
}

export async function listCommand(context: CliContext, search: string | undefined, options: ListOptions): Promise<void> {
  const network = await openStore(context).load();
  const matches = filterContacts(network.contacts, {
    ...(search !== undefined && { search }),
    tags: options.tag,
    ...(options.stage && { stage: options.stage }),
    ...(options.status && { status: options.status }),
    prospects: Boolean(options.prospects),
  });
  const shown = options.limit === undefined ? matches : matches.slice(0, options.limit);
  if (options.json) return printJson(context, shown);
  const chalk = paint(context);
  await printTable(context, shown, [
    { header: 'id', value: (contact) => contact.id },
    { header: 'name', value: (contact) => starredName(context, contact) },
    { header: 'org', value: (contact) => contact.org ?? '' },
    { header: 'stage', value: (contact) => contact.stage ?? '' },
    { header: 'status', value: (contact) => contact.status ?? '' },
    { header: 'tags', value: (contact) => (contact.tags ?? []).join(', ') },
  ]);
  if (context.stdout.isTTY) say(context, chalk.dim(plural(matches.length, 'contact')));
  noteHidden(context, matches.length - shown.length, 'contact');
}
