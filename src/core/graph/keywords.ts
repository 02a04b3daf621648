// Normalises free-text offers, needs and tags into keywords, so "Compilers" matches "compiler"
// and "Café design" matches "cafe designs". Deliberately simple and predictable.
import { foldText } from '../text.js';


/** A phrase as the user wrote it, with its normalised keywords. */
export interface Term {
  text: string;
  keywords: readonly string[];
}

const STOP_WORDS = new Set(
  (
    'a an and or the of for to in on at by with from into about as is are be my our your their his her its ' +
    'some any more better new good great get getting find finding need needs want wants looking someone ' +
    'somebody people person help helping who that this these those other etc'
  ).split(' '),
);


/** Light plural stemming (Harman's S-stemmer): "companies" → "company", "services" → "service". */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !/(aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Real networks repeat the same few hundred phrases across thousands of contacts: normalise each once. */
const keywordCache = new Map<string, readonly string[]>();
const KEYWORD_CACHE_LIMIT = 100_000;

/** The keywords of a phrase: folded, split on punctuation, stop words dropped, stemmed, unique. */
export function extractKeywords(text: string): readonly string[] {
  const cached = keywordCache.get(text);
  if (cached) return cached;
  const words = foldText(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  const keywords = Object.freeze([...new Set(words.map(stemWord))]);
  if (keywordCache.size >= KEYWORD_CACHE_LIMIT) keywordCache.clear();
  keywordCache.set(text, keywords);
  return keywords;
}

export function toTerms(texts: readonly string[] | undefined): Term[] {
  const terms: Term[] = [];
  for (const text of texts ?? []) {
    const keywords = extractKeywords(text);
    if (keywords.length > 0) terms.push({ text: text.trim(), keywords });
  }
  return terms;
}

/**
 * How well an offer meets a need: the Dice overlap of their keywords (0–1). Below one half the
 * shared words are incidental ("web design" vs "design partner" is not a match).
 */
export function matchTerms(offer: Term, need: Term): number {
  let shared = 0;
  for (const keyword of offer.keywords) if (need.keywords.includes(keyword)) shared++;
  const dice = (2 * shared) / (offer.keywords.length + need.keywords.length);
  return dice > 0.5 || (dice === 0.5 && shared >= 2) ? dice : 0;
}
