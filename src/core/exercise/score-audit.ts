// The self-audit's three contrasts, scored from the marks on the contacts you audited.
import type { Contact } from '../model.js';

export interface Contrast {
  topic: 'challengers' | 'growth' | 'hub';
  /** The side the exercise nudges you away from… */
  from: string;
  /** …and the side it nudges you towards. */
  to: string;
  fromCount: number;
  toCount: number;
  /** Share of the counted contacts on the `to` side, 0–1; null when nobody counts either way. */
  score: number | null;
}

/**
 * - yes-people vs idea-challengers: contacts marked yes-person vs challenger;
 * - familiar vs growth: contacts marked familiar (growth: false) vs growth;
 * - reinforcement vs shared-intelligence hub: familiar contacts who do not challenge you (they
 *   confirm what you know) vs growth contacts who do challenge you (they add what you lack).
 */
export function scoreAudit(contacts: readonly Contact[]): Contrast[] {
  const count = (test: (contact: Contact) => boolean) => contacts.filter(test).length;
  const challenges = (contact: Contact) => contact.stance === 'challenger';
  return [
    contrast('challengers', 'yes-people', 'idea-challengers', count((c) => c.stance === 'yes-person'), count(challenges)),
    contrast('growth', 'familiar ground', 'growth', count((c) => c.growth === false), count((c) => c.growth === true)),
    contrast(
      'hub',
      'reinforcement',
      'shared-intelligence hub',
      count((c) => c.growth === false && !challenges(c)),
      count((c) => c.growth === true && challenges(c)),
    ),
  ];
}

function contrast(topic: Contrast['topic'], from: string, to: string, fromCount: number, toCount: number): Contrast {
  const total = fromCount + toCount;
  return { topic, from, to, fromCount, toCount, score: total === 0 ? null : toCount / total };
}

const BAR_WIDTH = 10;

/** Plain-text lines, one per contrast: `yes-people [######····] idea-challengers  3 vs 2`. */
export function formatContrasts(contrasts: readonly Contrast[]): string {
  const left = Math.max(...contrasts.map((item) => item.from.length));
  const right = Math.max(...contrasts.map((item) => item.to.length));
  return contrasts
    .map((item) => {
      const filled = item.score === null ? 0 : Math.round(item.score * BAR_WIDTH);
      const bar = item.score === null ? ' no marks '.padEnd(BAR_WIDTH) : '#'.repeat(filled) + '·'.repeat(BAR_WIDTH - filled);
      return `  ${item.from.padStart(left)} [${bar}] ${item.to.padEnd(right)}  ${item.fromCount} vs ${item.toCount}`;
    })
    .join('\n');
}
