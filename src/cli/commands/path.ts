// `conet path <contact>`: the warmest ways to be introduced to someone, or how to get closer.
import { findContact } from '../../core/contacts.js';
import { findWarmPaths, suggestWaysIn, type WaysIn } from '../../core/graph/index.js';
import type { CliContext } from '../context.js';
import { paint, print, printJson, say } from '../output.js';
import { analyseCached } from '../load-graph.js';

export interface PathOptions {
  limit?: number;
  json?: true;
}

export async function pathCommand(context: CliContext, query: string, options: PathOptions): Promise<void> {
  const limit = options.limit ?? 3;
  const { target, found, waysIn } = await analyseCached(context, ['path', query, limit], async ({ network, graph, communities }) => {
    const contact = findContact(network, query);
    const paths = findWarmPaths(network, graph, contact.id, { limit });
    return {
      target: { id: contact.id, name: contact.name },
      found: paths,
      waysIn: paths ? null : suggestWaysIn(network, graph, contact.id, { communities: await communities(), limit: 5 }),
    };
  });
  const chalk = paint(context);

  if (found) {
    if (options.json) return printJson(context, found);
    print(context, `${chalk.bold(`Ways to reach ${target.name}`)} ${chalk.dim(`(${target.id})`)}`);
    found.paths.forEach((path, rank) => {
      const chain = path.steps.map((step, i) => (i === 0 ? step.name : `${chalk.dim(`─${step.strength}─`)} ${step.name}`)).join(' ');
      print(context, `${chalk.dim(`${rank + 1}.`)} ${chain}`);
      print(context, `   ${path.explanation}`);
    });
    return;
  }

  if (!waysIn) return;
  if (options.json) printJson(context, { target: { id: target.id, name: target.name }, direct: false, paths: [], waysIn });
  say(context, `No warm path to ${target.name} yet: nobody you know is connected to them in your network file.`);
  for (const line of waysInAdvice(waysIn, target.name)) say(context, `  ${line}`);
}

function waysInAdvice(waysIn: WaysIn, name: string): string[] {
  const names = (people: { name: string }[]) => people.map((person) => person.name).join(', ');
  const lines: string[] = [];
  if (waysIn.sameField.length > 0) lines.push(`Ask someone you know in the same field for a lead: ${names(waysIn.sameField)}.`);
  if (waysIn.knownBy.length > 0) lines.push(`Get to know someone who knows ${name}: ${names(waysIn.knownBy)}.`);
  if (waysIn.sameCommunity.length > 0) lines.push(`Others in ${name}'s community: ${names(waysIn.sameCommunity)}.`);
  lines.push('Record ties you already have with `conet link`, then ask again.');
  return lines;
}
