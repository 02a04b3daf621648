// The upper bound: LinkedIn caps connections at 30,000. Timings are printed, not asserted (shared
// CI machines vary); the indexes keep the merge linear.
import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../../src/core/import/merge-import.js';
import { parseLinkedin } from '../../../src/core/import/parse-linkedin.js';
import { emptyNetwork, type Network } from '../../../src/core/model.js';

function network(contacts: Network['contacts']): Network {
  return { ...emptyNetwork(), contacts };
}

function measure<T>(label: string, work: () => T): T {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  console.log(`30,000 LinkedIn rows, ${label}: ${(performance.now() - wall).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
  return result;
}

describe('a 30,000-row LinkedIn export', () => {
  it('imports 30,000 LinkedIn rows into a 30,000-contact network in linear time', () => {
    const rows = 30_000;
    const lines = ['Notes:', '"Some text"', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
    for (let i = 0; i < rows; i++) lines.push(`First${i},Last${i % 997},https://www.linkedin.com/in/person-${i},${i % 3 === 0 ? `p${i}@mail.example` : ''},Company ${i % 500},Role ${i % 40},0${1 + (i % 9)} Mar 2021`);
    const text = `${lines.join('\n')}\n`;
    const existing = network(
      Array.from({ length: rows }, (_, i) => ({ id: `existing-${i}`, name: `Existing ${i}`, ...(i % 2 === 0 && { linkedin: `https://www.linkedin.com/in/person-${i * 2}` }) })),
    );
    const parsed = measure('parse', () => parseLinkedin(text));
    const { network: next, report } = measure('merge into 30,000 contacts', () => mergeImport(existing, parsed));
    expect(parsed.problems).toEqual([]);
    expect(report.updated).toHaveLength(7_500); // every even-numbered existing contact matches an even row by URL
    expect(report.added).toHaveLength(22_500);
    expect(next.contacts).toHaveLength(52_500);
    expect(next.relationships).toHaveLength(30_000);
  });
});
