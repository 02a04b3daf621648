// `conet suggest collaborators` and `conet suggest intros`: ranked, explained suggestions.
import { prepareIntroductions, suggestCollaborators } from '../../core/graph/index.js';
import type { CliContext } from '../context.js';
import { analyseCached } from '../load-graph.js';
import { paint, print, printJson, say } from '../output.js';

export interface SuggestOptions {
  limit?: number;
  json?: true;
}

/** On a terminal, only the strongest reasons; piped, all of them. */
function reasonsShown(context: CliContext, reasons: string[]): string[] {
  return context.stdout.isTTY ? reasons.slice(0, 3) : reasons;
}

export async function suggestCollaboratorsCommand(context: CliContext, options: SuggestOptions): Promise<void> {
  const limit = options.limit ?? 10;
  const suggestions = await analyseCached(context, ['suggest collaborators', limit], async ({ network, graph, communities }) =>
    suggestCollaborators(network, graph, { limit, communities: await communities(), today: context.today() }),
  );
  if (options.json) printJson(context, suggestions);
  if (suggestions.length === 0) {
    say(context, 'No suggestions yet: add contacts with `conet add`, then their offers and needs with `conet edit`.');
    return;
  }
  if (!suggestions.some((suggestion) => suggestion.theyOffer.length + suggestion.youOffer.length > 0)) {
    say(
      context,
      'No offers and needs match yet, so these rest on ties and stances only: add offers and needs to your contacts with `conet edit`, and your own to your profile.',
    );
  }
  if (options.json) return;
  const chalk = paint(context);
  suggestions.forEach((suggestion, rank) => {
    print(context, `${chalk.dim(`${rank + 1}.`)} ${chalk.bold(suggestion.name)} ${chalk.dim(`(${suggestion.id})`)}  ${chalk.cyan(String(suggestion.score))}`);
    for (const reason of reasonsShown(context, suggestion.reasons)) print(context, `   ${reason}`);
    const b = suggestion.breakdown;
    print(
      context,
      chalk.dim(`   complementarity ${b.complementarity} · challenge ${b.challenge} · tie ${b.tie} · bridging ${b.bridging} · momentum ${b.momentum}`),
    );
  });
}

export async function suggestIntroductionsCommand(context: CliContext, options: SuggestOptions): Promise<void> {
  const limit = options.limit ?? 10;
  const suggestions = await analyseCached(
    context,
    ['suggest intros', limit],
    async ({ network, graph, communities }) => {
      // The pairs are gathered and matched while the communities are found alongside.
      const rank = prepareIntroductions(network, graph, { limit });
      return rank(await communities());
    },
    { communitiesAlongside: true },
  );
  if (options.json) printJson(context, suggestions);
  if (suggestions.length === 0) {
    say(
      context,
      'No introductions to suggest yet: add offers and needs to your contacts with `conet edit`, so conet can see who could help whom.',
    );
    return;
  }
  if (options.json) return;
  const chalk = paint(context);
  suggestions.forEach((suggestion, rank) => {
    print(
      context,
      `${chalk.dim(`${rank + 1}.`)} ${chalk.bold(suggestion.names.a)} ↔ ${chalk.bold(suggestion.names.b)}  ${chalk.cyan(String(suggestion.score))} ${chalk.dim(suggestion.kind)}`,
    );
    print(context, `   ${chalk.green('wins')} ${suggestion.names.a}: ${suggestion.wins.a}`);
    print(context, `        ${suggestion.names.b}: ${suggestion.wins.b}`);
    print(context, `        you: ${suggestion.wins.you}`);
    for (const reason of reasonsShown(context, suggestion.reasons)) print(context, `   ${chalk.dim('why')}  ${reason}`);
  });
  if (context.stdout.isTTY) say(context, chalk.dim('Record one with `conet intro <a> <b>` once you propose it.'));
}
