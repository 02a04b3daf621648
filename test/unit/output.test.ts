import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { fitColumns, printTable } from '../../src/cli/table.js';

function terminal(columns: number) {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns });
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const context = createContext({ stdin: new PassThrough(), stdout, stderr: new PassThrough() }, { NO_COLOR: '1' }, '/');
  return { context, screen: () => stripVTControlCharacters(text) };
}

describe('fitColumns', () => {
  const column = (natural: number, word = natural) => ({ natural, word });

  it('leaves a table that fits alone', () => {
    expect(fitColumns([column(5), column(10), column(8)], 80)).toBeUndefined();
    expect(fitColumns([column(5), column(10), column(8)], undefined)).toBeUndefined();
  });

  it('narrows the widest columns first, keeping the narrow ones whole', () => {
    // 40 columns: 4 borders and 6 of padding leave 30 for text; 12 are left above the longest words.
    expect(fitColumns([column(4), column(60, 8), column(30, 6)], 40)).toEqual([4 + 2, 8 + 6 + 2, 6 + 6 + 2]);
  });

  it('never narrows a column below its longest word, even if the table then overflows', () => {
    expect(fitColumns([column(22), column(60, 30)], 40)).toEqual([22 + 2, 30 + 2]);
  });
});

describe('printTable on a terminal', () => {
  it('wraps long cells to fit the window rather than overflowing it', async () => {
    const { context, screen } = terminal(60);
    const long = 'An Extremely Long Organisation Name That Goes On And On Incorporated Worldwide';
    await printTable(context, [{ id: 'bartholomew-featherstonehaugh', org: long, tags: 'alpha, beta, gamma, delta, epsilon' }], [
      { header: 'id', value: (row) => row.id },
      { header: 'org', value: (row) => row.org },
      { header: 'tags', value: (row) => row.tags },
    ]);
    const lines = screen().trimEnd().split('\n');
    expect(screen()).not.toContain('…');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    // Wrapped at word boundaries: every word is still there, whole.
    for (const word of [...long.split(' '), 'bartholomew-featherstonehaugh']) expect(screen()).toMatch(new RegExp(`[│ ]${word}[│ ]`));
  });
});
