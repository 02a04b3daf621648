import { findContact } from '../../core/contacts.js';
import { logInteraction, toIsoDate, type LoggedInteraction } from '../../core/followup/index.js';
import { UsageError } from '../../core/errors.js';
import { INTERACTION_KINDS, type InteractionKind } from '../../core/model.js';
import { checkDate } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { paint, printJson, say, success } from '../output.js';
import { openStore } from '../store.js';

export interface LogOptions {
  date?: string;
  kind?: string;
  gave?: string;
  asked?: string;
  json?: true;
}

export async function logCommand(context: CliContext, query: string, what: string | undefined, options: LogOptions): Promise<void> {
  const today = toIsoDate(context.today());
  const date = options.date === undefined ? today : checkDate(options.date, '--date');
  let logged!: LoggedInteraction;
  await openStore(context).update((network) => {
    logged = logInteraction(
      network,
      findContact(network, query).id,
      {
        date,
        ...(options.kind !== undefined && { kind: checkKind(options.kind) }),
        ...(what !== undefined && { note: what }),
        ...(options.gave !== undefined && { gave: options.gave }),
        ...(options.asked !== undefined && { asked: options.asked }),
      },
      today,
    );
    return logged.network;
  });
  const { contact, interaction } = logged;
  if (options.json) {
    return printJson(context, { contact: contact.id, interaction, lastContact: contact.lastContact, gave: logged.gave, asked: logged.asked });
  }
  const chalk = paint(context);
  success(context, `Logged ${interaction.kind === 'note' ? 'a note' : `"${interaction.kind}"`} for ${chalk.bold(contact.name)} on ${interaction.date}.`);
  if (logged.gave) say(context, `  Give-first action done: ${logged.gave.action}`);
  if (logged.asked) say(context, `  Asked: ${logged.asked}`);
  if (!logged.lastContactMoved && contact.lastContact !== interaction.date) say(context, chalk.dim(`  Last contact stays ${contact.lastContact}: a later one is already recorded.`));
}

function checkKind(kind: string): InteractionKind {
  if ((INTERACTION_KINDS as readonly string[]).includes(kind)) return kind as InteractionKind;
  throw new UsageError(`--kind "${kind}" is not one of: ${INTERACTION_KINDS.join(', ')}.`);
}
