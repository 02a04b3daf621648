// `conet insights`: the health report of your network.
import { analyseNetwork, DEFAULT_SEED, type PersonRef } from '../../core/graph/index.js';
import type { CliContext } from '../context.js';
import { paint, plural, print, printJson } from '../output.js';
import { analyseCached } from '../load-graph.js';

export interface InsightsOptions {
  dormantDays?: number;
  limit?: number;
  json?: true;
}

export async function insightsCommand(context: CliContext, options: InsightsOptions): Promise<void> {
  const dormantDays = options.dormantDays ?? 90;
  const limit = options.limit ?? 10;
  const analysis = await analyseCached(
    context,
    ['insights', dormantDays, limit],
    async ({ network, graph, communities, brokerage }) => {
      // Brokerage is measured here while the communities are found alongside.
      const betweenness = await brokerage();
      return analyseNetwork(network, graph, { today: context.today(), dormantDays, seed: DEFAULT_SEED, communities: await communities(), betweenness, brokers: limit });
    },
    { communitiesAlongside: true },
  );
  if (options.json) return printJson(context, analysis);

  const chalk = paint(context);
  const heading = (text: string) => print(context, `\n${chalk.bold(text)}`);
  const list = (people: PersonRef[]) => {
    const shown = people.slice(0, limit).map((person) => person.name).join(', ');
    return people.length > limit ? `${shown} ${chalk.dim(`(+${people.length - limit} more)`)}` : shown;
  };
  const { summary, you } = analysis;
  print(
    context,
    `${chalk.bold('Your network:')} ${plural(summary.contacts, 'contact')}, ${plural(summary.ties, 'tie')} between them, ${plural(summary.yourTies, 'tie')} of yours; without you they form ${plural(summary.components, 'group')}.`,
  );
  for (const line of analysis.highlights) print(context, `  • ${line}`);

  if (analysis.communities.length > 0) {
    heading('Communities');
    for (const community of analysis.communities.slice(0, limit)) {
      print(context, `  ${community.index + 1}. ${community.label} ${chalk.dim(`(${community.size} members, you know ${community.yourTies})`)}`);
      print(context, `     ${list(community.members)}`);
      if (community.brokers.length > 0) print(context, `     ${chalk.dim('brokers:')} ${community.brokers.map((broker) => broker.name).join(', ')}`);
    }
    if (analysis.communities.length > limit) print(context, chalk.dim(`  …and ${analysis.communities.length - limit} more (raise --limit)`));
  }
  if (analysis.brokers.length > 0) {
    heading('Brokers (people who connect otherwise separate parts of your network)');
    for (const broker of analysis.brokers) {
      print(context, `  ${broker.name} ${chalk.dim(`betweenness ${broker.betweenness}, touches ${plural(broker.communities, 'community', 'communities')}`)}`);
    }
  }
  heading('Your own brokerage');
  print(
    context,
    `  ${plural(you.ties, 'direct tie')} (${you.strongTies} strong); you reach ${you.communitiesReached} of ${plural(you.communitiesTotal, 'community', 'communities')}; effective size ${you.effectiveSize} (efficiency ${you.efficiency})`,
  );
  heading('Challengers and yes-people');
  print(context, `  ${chalk.green('challengers')} (${analysis.challengers.length}): ${list(analysis.challengers) || 'none recorded'}`);
  print(context, `  ${chalk.yellow('yes-people')} (${analysis.yesPeople.length}): ${list(analysis.yesPeople) || 'none recorded'}`);
  if (analysis.stanceUnknown > 0) print(context, chalk.dim(`  ${analysis.stanceUnknown} without a stance: set one with \`conet edit <contact> --stance\``));
  if (analysis.dormant.length > 0) {
    heading(`Dormant ties (no contact for ${dormantDays} days or more)`);
    for (const tie of analysis.dormant.slice(0, limit)) print(context, `  ${tie.name} ${chalk.dim(`last contact ${tie.lastContact}, ${tie.days} days ago`)}`);
    if (analysis.dormant.length > limit) print(context, chalk.dim(`  …and ${analysis.dormant.length - limit} more`));
  }
  if (analysis.prospectsWithoutPath.length > 0) {
    heading('Prospects with no warm path');
    print(context, `  ${list(analysis.prospectsWithoutPath)}`);
    print(context, chalk.dim('  Run `conet path <prospect>` to see who could get you closer.'));
  }
  if (analysis.isolated.length > 0) {
    heading('Isolated contacts (no ties recorded)');
    print(context, `  ${list(analysis.isolated)}`);
    print(context, chalk.dim('  Record how you know them with `conet link me <contact>`.'));
  }
}
