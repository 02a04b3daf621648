import { describe, expect, it } from 'vitest';
import { extractKeywords, matchTerms, toTerms } from '../../../src/core/graph/keywords.js';

const term = (text: string) => toTerms([text])[0]!;

describe('keywords', () => {
  it('folds case and accents, drops stop words and plural endings', () => {
    expect(extractKeywords('Café Designs for the Companies')).toEqual(['cafe', 'design', 'company']);
    expect(extractKeywords('Compilers')).toEqual(['compiler']);
    expect(extractKeywords('C++ and C#')).toEqual(['c++', 'c#']);
  });

  it('matches an offer to a need despite case, accents and plurals', () => {
    expect(matchTerms(term('Compilers'), term('compiler'))).toBe(1);
    expect(matchTerms(term('cafe designs'), term('Café design'))).toBe(1);
    expect(matchTerms(term('compilers'), term('compiler design'))).toBeGreaterThan(0.5);
  });

  it('does not match on one incidental shared word', () => {
    expect(matchTerms(term('web design'), term('design partner'))).toBe(0);
    expect(matchTerms(term('marketing'), term('content marketing strategy'))).toBe(0);
  });

  it('ignores phrases made only of stop words', () => {
    expect(toTerms(['the', 'and more', ' '])).toEqual([]);
  });
});
