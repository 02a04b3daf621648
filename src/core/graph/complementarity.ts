// Complementarity: what one side offers that the other needs, matched on normalised keywords.
import type { Contact, Profile } from '../model.js';
import { extractKeywords, toTerms, matchTerms, type Term } from './keywords.js';
import { compareText } from '../text.js';

/** One offer meeting one need. */
export interface Match {
  offer: string;
  need: string;
  /** 0–1: how closely the words agree. */
  score: number;
}

/** A person's offers and needs as keyword terms; `traits` (tags, role, org) serve your asks for people. */
export interface TermProfile {
  offers: Term[];
  needs: Term[];
  traits: Term[];
}

const termsOf = new WeakMap<Contact, TermProfile>();

/** Memoised per contact object: several analyses in one command read the same contacts. */
export function contactTerms(contact: Contact): TermProfile {
  let terms = termsOf.get(contact);
  if (!terms) termsOf.set(contact, (terms = readTerms(contact)));
  return terms;
}

function readTerms(contact: Contact): TermProfile {
  return { offers: toTerms(contact.offers), needs: toTerms(contact.needs), traits: toTerms(traitsOf(contact)) };
}

/** What describes someone beyond their offers: tags, role and organisation. */
export function traitsOf(contact: Contact): string[] {
  return [...(contact.tags ?? []), ...(contact.role ? [contact.role] : []), ...(contact.org ? [contact.org] : [])];
}

/** Your own terms: your needs and help asks are needs; whom you ask to meet is matched against traits. */
export interface YourTerms extends TermProfile {
  /** Asks for people (promoters, groups, prospects), met by someone's offers or traits. */
  peopleAsks: Term[];
}

export function yourTerms(profile: Profile): YourTerms {
  const asks = profile.asks ?? {};
  return {
    offers: toTerms(profile.offers),
    needs: toTerms([...(profile.needs ?? []), ...(asks.help ?? [])]),
    traits: [],
    peopleAsks: toTerms([...(asks.promoters ?? []), ...(asks.groups ?? []), ...(asks.prospects ?? [])]),
  };
}

/** Every keyword of some terms. */
export function keywordsOf(terms: readonly Term[]): Set<string> {
  const words = new Set<string>();
  for (const term of terms) for (const keyword of term.keywords) words.add(keyword);
  return words;
}

/**
 * Whether any of these phrases shares a keyword with `keywords`. An offer meets a need only when
 * they share one (see matchTerms), so this cheap test rules most people out before any matching.
 */
export function sharesKeyword(texts: readonly string[] | undefined, keywords: ReadonlySet<string>): boolean {
  if (keywords.size === 0 || !texts) return false;
  for (const text of texts) for (const keyword of extractKeywords(text)) if (keywords.has(keyword)) return true;
  return false;
}

/** For each need, the offer that meets it best (if any), strongest first. */
export function findMatches(offers: readonly Term[], needs: readonly Term[]): Match[] {
  const matches: Match[] = [];
  for (const need of needs) {
    let best: Match | undefined;
    for (const offer of offers) {
      const score = matchTerms(offer, need);
      if (score > 0 && (best === undefined || score > best.score)) best = { offer: offer.text, need: need.text, score };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.score - a.score || compareText(a.need, b.need));
}

/** The value of a set of matches, 0–1: the best match, plus a little for each further need met. */
export function benefitOf(matches: readonly Match[]): number {
  if (matches.length === 0) return 0;
  return Math.min(1, matches[0]!.score + 0.25 * (matches.length - 1));
}

/** "Grace offers compilers, which Ada needs" (use "you" for the user: the verbs agree). */
export function describeMatch(giver: string, match: Match, receiver: string): string {
  const offers = giver === 'you' ? 'offer' : 'offers';
  const needs = receiver === 'you' ? 'need' : 'needs';
  const same = match.offer.toLowerCase() === match.need.toLowerCase();
  return `${giver} ${offers} ${match.offer}, which ${receiver} ${needs}${same ? '' : ` ("${match.need}")`}`;
}
