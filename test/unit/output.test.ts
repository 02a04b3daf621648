import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { fitColumns, printTable } from '../../src/cli/output.js';

function terminal(columns: number) {
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns });
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const context = createContext({ stdin: new PassThrough(), stdout, stderr: new PassThrough() }, { NO_COLOR: '1' }, '/');
  return { context, screen: () => stripVTControlCharacters(text) };
}

describe('fitColumns', () => {
  it('leaves a table that fits alone', () => {
    expect(fitColumns([5, 10, 8], 80)).toBeUndefined();
    expect(fitColumns([5, 10, 8], undefined)).toBeUndefined();
  });

  it('narrows the widest columns first, keeping the narrow ones whole', () => {
    // 40 columns: 4 borders and 6 of padding leave 30 for text.
    expect(fitColumns([4, 60, 30], 40)).toEqual([4 + 2, 13 + 2, 13 + 2]);
  });
});

describe('printTable on a terminal', () => {
  it('wraps long cells to fit the window rather than overflowing it', () => {
    const { context, screen } = terminal(50);
    const long = 'An Extremely Long Organisation Name That Goes On And On Incorporated Worldwide';
    printTable(context, [{ id: 'zed', org: long, tags: 'alpha, beta, gamma, delta, epsilon' }], [
      { header: 'id', value: (row) => row.id },
      { header: 'org', value: (row) => row.org },
      { header: 'tags', value: (row) => row.tags },
    ]);
    const lines = screen().trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(50);
    // Wrapped at word boundaries: every word is still there, whole.
    for (const word of long.split(' ')) expect(screen()).toMatch(new RegExp(`[│ ]${word}[│ ]`));
  });
});
