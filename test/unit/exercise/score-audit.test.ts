import { describe, expect, it } from 'vitest';
import { formatContrasts, scoreAudit } from '../../../src/core/exercise/score-audit.js';
import type { Contact } from '../../../src/core/model.js';

const person = (id: string, fields: Partial<Contact>): Contact => ({ id, name: id, ...fields });

describe('scoreAudit', () => {
  it('scores each contrast from the marks, towards the challenging side', () => {
    const contacts = [
      person('a', { stance: 'challenger', growth: true }), // hub
      person('b', { stance: 'challenger', growth: false }),
      person('c', { stance: 'yes-person', growth: false }), // reinforcement
      person('d', { stance: 'neutral', growth: false }), // reinforcement
      person('e', { growth: true }),
      person('f', {}), // unmarked: counts nowhere
    ];
    const [challengers, growth, hub] = scoreAudit(contacts);
    expect(challengers).toMatchObject({ topic: 'challengers', fromCount: 1, toCount: 2, score: 2 / 3 });
    expect(growth).toMatchObject({ topic: 'growth', fromCount: 3, toCount: 2, score: 2 / 5 });
    expect(hub).toMatchObject({ topic: 'hub', fromCount: 2, toCount: 1, score: 1 / 3 });
  });

  it('has no score when nobody is marked', () => {
    expect(scoreAudit([person('a', {})]).map((contrast) => contrast.score)).toEqual([null, null, null]);
  });

  it('formats one aligned line per contrast', () => {
    const text = formatContrasts(scoreAudit([person('a', { stance: 'challenger', growth: true }), person('b', { stance: 'yes-person' })]));
    expect(text.split('\n')).toEqual([
      '       yes-people [#####·····] idea-challengers         1 vs 1',
      '  familiar ground [##########] growth                   0 vs 1',
      '    reinforcement [##########] shared-intelligence hub  0 vs 1',
    ]);
    expect(formatContrasts(scoreAudit([]))).toContain('[ no marks ]');
  });
});
