import { findContact } from '../../core/contacts.js';
import { relationshipsOf } from '../../core/relationships.js';
import type { Contact } from '../../core/model.js';
import type { CliContext } from '../context.js';
import { paint, print, printJson } from '../output.js';
import { openStore } from '../store.js';

export interface ShowOptions {
  json?: true;
}

const LABELS: [keyof Contact, string][] = [
  ['org', 'Organisation'],
  ['role', 'Role'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['url', 'Website'],
  ['linkedin', 'LinkedIn'],
  ['tags', 'Tags'],
  ['offers', 'Offers'],
  ['needs', 'Needs'],
  ['pointOfView', 'Point of view'],
  ['connection', 'How you are connected'],
  ['status', 'Collaborator status'],
  ['coCreator', 'Co-creator kind'],
  ['contributes', 'Could contribute'],
  ['stance', 'Stance'],
  ['stage', 'Stage'],
  ['lastContact', 'Last contact'],
  ['cadenceDays', 'Contact every (days)'],
  ['notes', 'Notes'],
];

/** The history a glance needs; --json has all of it. */
const SHOWN_INTERACTIONS = 5;

export async function showCommand(context: CliContext, query: string, options: ShowOptions): Promise<void> {
  const network = await openStore(context).load();
  const contact = findContact(network, query);
  const names = new Map(network.contacts.map((other) => [other.id, other.name]));
  const ties = relationshipsOf(network, contact.id).map(({ other, relationship }) => ({
    id: other,
    name: other === 'me' ? 'you' : (names.get(other) ?? `${other} (missing)`),
    ...relationship,
  }));
  if (options.json) return printJson(context, { ...contact, relationships: ties });

  const chalk = paint(context);
  print(context, `${chalk.bold(contact.name)} ${chalk.dim(`(${contact.id})`)}${contact.prospect ? chalk.yellow('  ★ challenging contact') : ''}`);
  for (const [key, label] of LABELS) {
    const value = contact[key];
    if (value === undefined) continue;
    print(context, `  ${chalk.dim(`${label}:`)} ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  }
  if (contact.reflections) {
    print(context, `  ${chalk.dim('Reflections:')}`);
    for (const [question, answer] of Object.entries(contact.reflections)) print(context, `    ${question}: ${String(answer)}`);
  }
  for (const give of contact.giveFirst ?? []) print(context, `  ${chalk.dim('Give first:')} ${give.action}${give.done ? chalk.green(` (done ${give.done})`) : ''}`);
  print(context, `  ${chalk.dim('Relationships:')}${ties.length === 0 ? ' none yet' : ''}`);
  for (const tie of ties) {
    const details = [tie.kind, tie.strength === undefined ? undefined : `strength ${tie.strength}`, tie.since && `since ${tie.since}`, tie.note]
      .filter(Boolean)
      .join(', ');
    print(context, `    ${tie.name}${details ? chalk.dim(` — ${details}`) : ''}`);
  }
  // Latest first; of one day, the last logged first.
  const history = [...(contact.interactions ?? [])].reverse().sort((a, b) => b.date.localeCompare(a.date));
  if (history.length > 0) {
    print(context, `  ${chalk.dim('Latest interactions:')}`);
    for (const interaction of history.slice(0, SHOWN_INTERACTIONS)) {
      print(context, `    ${interaction.date} ${interaction.kind}${interaction.note ? chalk.dim(` — ${interaction.note}`) : ''}`);
    }
    if (history.length > SHOWN_INTERACTIONS) print(context, chalk.dim(`    …and ${history.length - SHOWN_INTERACTIONS} earlier (all of them with --json)`));
  }
}
