// `conet insights`: the health report of your network.
import { analyseNetwork, DEFAULT_SEED, limitAnalysis, type PersonRef } from '../../core/graph/index.js';
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
      const analysis = analyseNetwork(network, graph, { today: context.today(), dormantDays, seed: DEFAULT_SEED, communities: await communities(), betweenness, brokers: limit });
      return limitAnalysis(analysis, limit);
    },
    { communitiesAlongside: true },
  );
  if (options.json) return printJson(context, analysis);

  const chalk = paint(context);
  const heading = (text: string) => print(context, `\n${chalk.bold(text)}`);
  const list = (people: PersonRef[], total: number) => {
    const shown = people.map((person) => person.name).join(', ');
    return total > people.length ? `${shown} ${chalk.dim(`(+${total - people.length} more)`)}` : shown;
  };
  const { summary, you, totals } = analysis;
  print(
    context,
    `${chalk.bold('Your network:')} ${plural(summary.contacts, 'contact')}, ${plural(summary.ties, 'tie')} between them, ${plural(summary.yourTies, 'tie')} of yours; without you they form ${plural(summary.components, 'group')}.`,
  );
  for (const line of analysis.highlights) print(context, `  • ${line}`);

  if (analysis.communities.length > 0) {
    heading('Communities');
    for (const community of analysis.communities) {
      print(context, `  ${community.index + 1}. ${community.label} ${chalk.dim(`(${community.size} members, you know ${community.yourTies})`)}`);
      print(context, `     ${list(community.members, community.size)}`);
      if (community.brokers.length > 0) print(context, `     ${chalk.dim('brokers:')} ${community.brokers.map((broker) => broker.name).join(', ')}`);
    }
    if (totals.communities > analysis.communities.length) print(context, chalk.dim(`  …and ${totals.communities - analysis.communities.length} more (raise --limit)`));
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
  print(context, `  ${chalk.green('challengers')} (${totals.challengers}): ${list(analysis.challengers, totals.challengers) || 'none recorded'}`);
  print(context, `  ${chalk.yellow('yes-people')} (${totals.yesPeople}): ${list(analysis.yesPeople, totals.yesPeople) || 'none recorded'}`);
  if (analysis.stanceUnknown > 0) print(context, chalk.dim(`  ${analysis.stanceUnknown} without a stance: set one with \`conet edit <contact> --stance\``));
  if (analysis.dormant.length > 0) {
    heading(`Dormant ties (no contact for ${dormantDays} days or more)`);
    for (const tie of analysis.dormant) print(context, `  ${tie.name} ${chalk.dim(`last contact ${tie.lastContact}, ${tie.days} days ago`)}`);
    if (totals.dormant > analysis.dormant.length) print(context, chalk.dim(`  …and ${totals.dormant - analysis.dormant.length} more`));
  }
  if (analysis.prospectsWithoutPath.length > 0) {
    heading('Prospects with no warm path');
    print(context, `  ${list(analysis.prospectsWithoutPath, totals.prospectsWithoutPath)}`);
    print(context, chalk.dim('  Run `conet path <prospect>` to see who could get you closer.'));
  }
  if (analysis.isolated.length > 0) {
    heading('Isolated contacts (no ties recorded)');
    print(context, `  ${list(analysis.isolated, totals.isolated)}`);
    print(context, chalk.dim('  Record how you know them with `conet link me <contact>`.'));
  }
}
