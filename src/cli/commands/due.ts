import { listDue, toIsoDate, type DueItem } from '../../core/followup/index.js';
import type { CliContext } from '../context.js';
import { noteHidden, paint, plural, printJson, say, starredName } from '../output.js';
import { printTable } from '../table.js';
import { openStore } from '../store.js';

export interface DueOptions {
  limit?: number;
  all?: true;
  json?: true;
}

export async function dueCommand(context: CliContext, options: DueOptions): Promise<void> {
  const network = await openStore(context).load();
  const { items, total } = listDue(network, toIsoDate(context.today()), {
    includeUpcoming: Boolean(options.all),
    limit: options.limit ?? null,
  });
  if (options.json) return printJson(context, items);

  const chalk = paint(context);
  if (total === 0) {
    say(context, options.all ? 'Nobody has a follow-up schedule yet: give contacts a --stage or --cadence with `conet edit`.' : 'Nobody is due for a follow-up today.');
    return;
  }
  const when = (item: DueItem) => {
    if (item.overdueDays > 0) return chalk.red(`${plural(item.overdueDays, 'day')} overdue`);
    if (item.overdueDays === 0) return chalk.yellow('due today');
    return chalk.dim(`in ${plural(-item.overdueDays, 'day')}`);
  };
  // One reason per line in a table; one line per contact when piped.
  const separator = context.stdout.isTTY ? '\n' : '; ';
  await printTable(context, items, [
    { header: 'id', value: (item) => item.id },
    { header: 'name', value: (item) => starredName(context, item) },
    { header: 'when', value: when },
    { header: 'why', value: (item) => item.reasons.map((reason) => reason.text).join(separator) },
  ]);
  if (context.stdout.isTTY) {
    const count = options.all ? plural(total, 'contact') : `${plural(total, 'contact')} due`;
    say(context, chalk.dim(`${count}. Log what you do with \`conet log <contact> "…"\`.`));
  }
  noteHidden(context, total - items.length, 'contact');
}
