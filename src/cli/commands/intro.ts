import { resolveEndpoint } from '../../core/contacts.js';
import {
  openIntroductions,
  recordIntroduction,
  summarizeIntroductions,
  toIsoDate,
  type RecordedIntroduction,
} from '../../core/followup/index.js';
import { UsageError } from '../../core/errors.js';
import type { IntroductionStatus } from '../../core/model.js';
import { connects } from '../../core/relationships.js';
import { checkDate } from '../contact-fields.js';
import type { CliContext } from '../context.js';
import { noteHidden, paint, print, printJson, say, success } from '../output.js';
import { printTable } from '../table.js';
import { openStore } from '../store.js';

export interface IntroOptions {
  status?: string;
  note?: string;
  outcome?: string;
  date?: string;
  json?: true;
}

/** The statuses a user sets; `suggested` belongs to `conet suggest intros`. */
const SETTABLE_STATUSES = ['proposed', 'accepted', 'declined', 'made'] as const satisfies readonly IntroductionStatus[];

/** What the user can do after each status, as a command to copy. */
const NEXT_COMMAND: Partial<Record<IntroductionStatus, string>> = {
  proposed: '--status accepted (or declined) once both have answered',
  accepted: '--status made once you have introduced them',
  made: '--outcome "…" once you know how it went',
};

export async function introCommand(context: CliContext, first: string, second: string, options: IntroOptions): Promise<void> {
  const today = toIsoDate(context.today());
  const date = options.date === undefined ? today : checkDate(options.date, '--date');
  const status = options.status === undefined ? undefined : checkStatus(options.status);
  let recorded!: RecordedIntroduction;
  let names!: [string, string];
  let tied = false;
  await openStore(context).update((network) => {
    // "me" is resolved rather than refused here, so the refusal can say how to ask for an introduction.
    const a = resolveEndpoint(network, first);
    const b = resolveEndpoint(network, second);
    names = [a, b].map((id) => network.contacts.find((contact) => contact.id === id)?.name ?? id) as [string, string];
    tied = network.relationships.some((relationship) => connects(relationship, a, b));
    recorded = recordIntroduction(
      network,
      a,
      b,
      {
        date,
        ...(status && { status }),
        ...(options.note !== undefined && { note: options.note }),
        ...(options.outcome !== undefined && { outcome: options.outcome }),
      },
      today,
    );
    return recorded.network;
  });
  const { introduction, previousStatus, changed } = recorded;
  if (options.json) return printJson(context, introduction);

  const chalk = paint(context);
  const pair = `${chalk.bold(names[0])} and ${chalk.bold(names[1])}`;
  if (!changed) {
    print(context, `The introduction between ${names[0]} and ${names[1]} is ${introduction.status}${introduction.date ? ` (since ${introduction.date})` : ''}.`);
  } else if (previousStatus === null) {
    success(context, `Recorded the introduction between ${pair} as ${introduction.status}.`);
  } else if (previousStatus !== introduction.status) {
    success(context, `Introduction between ${pair}: ${previousStatus} → ${introduction.status}.`);
  } else {
    success(context, `Updated the introduction between ${pair}.`);
  }
  if (changed && introduction.status === 'proposed' && previousStatus !== 'proposed') say(context, '  Logged on both contacts as a message.');
  if (changed && introduction.status === 'made' && previousStatus !== 'made') {
    say(context, '  Logged on both contacts as an intro.');
    // Now they know each other: a tie the graph should see (paths, communities), if it is not there yet.
    if (!tied) say(context, chalk.dim(`  They know each other now: conet link ${introduction.between[0]} ${introduction.between[1]} --strength 2`));
  }
  const next = introduction.outcome === undefined ? NEXT_COMMAND[introduction.status] : undefined;
  if (next) say(context, chalk.dim(`  Next: conet intro ${introduction.between[0]} ${introduction.between[1]} ${next}`));
}

export interface IntrosOptions {
  all?: true;
  limit?: number;
  json?: true;
}

export async function introsCommand(context: CliContext, options: IntrosOptions): Promise<void> {
  const network = await openStore(context).load();
  const listed = options.all ? summarizeIntroductions(network) : openIntroductions(network);
  const shown = options.limit === undefined ? listed : listed.slice(0, options.limit);
  if (options.json) return printJson(context, shown);
  if (shown.length === 0) {
    say(context, options.all ? 'No introductions recorded yet: `conet intro <a> <b>` records one.' : 'No introductions in progress. `conet intros --all` shows closed ones too.');
    return;
  }
  const chalk = paint(context);
  await printTable(context, shown, [
    { header: 'id', value: (intro) => intro.id },
    { header: 'between', value: (intro) => `${intro.names[0]} & ${intro.names[1]}` },
    { header: 'status', value: (intro) => intro.status },
    { header: 'since', value: (intro) => intro.since ?? '' },
    { header: 'next', value: (intro) => intro.nextStep ?? chalk.dim(intro.outcome ? `outcome: ${intro.outcome}` : 'closed') },
  ]);
  noteHidden(context, listed.length - shown.length, 'introduction');
}

function checkStatus(status: string): IntroductionStatus {
  if ((SETTABLE_STATUSES as readonly string[]).includes(status)) return status as IntroductionStatus;
  throw new UsageError(`--status "${status}" is not one of: ${SETTABLE_STATUSES.join(', ')}.`);
}
