import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, escapeMermaidLabel, mermaidId } from '../../../src/core/plan/index.js';
import { toTextWithCommands } from '../../../src/core/plan/escape-markdown.js';
import { HOSTILE } from './fixture.js';

describe('escapeMarkdown', () => {
  it('neutralises HTML, emphasis, links and table pipes', () => {
    expect(escapeMarkdown(HOSTILE)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[x\\](javascript:alert(1)) \\| pipe');
  });

  it('escapes inline markdown punctuation, backslashes first', () => {
    expect(escapeMarkdown('a_b `code` ~~gone~~ $5/$10 back\\slash')).toBe('a\\_b \\`code\\` \\~\\~gone\\~\\~ \\$5/\\$10 back\\\\slash');
  });

  it('escapes what would start a block at the beginning of a line', () => {
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('+ not a list')).toBe('\\+ not a list');
    expect(escapeMarkdown('=== not an underline')).toBe('\\=== not an underline');
    expect(escapeMarkdown('12. not ordered')).toBe('12\\. not ordered');
    expect(escapeMarkdown('3) not ordered')).toBe('3\\) not ordered');
    expect(escapeMarkdown('> not a quote')).toBe('&gt; not a quote');
    // Only at the start: C# and 2024-06 stay readable.
    expect(escapeMarkdown('C# in 2024-06')).toBe('C# in 2024-06');
  });

  it('keeps a value on one line and leaves plain text alone', () => {
    expect(escapeMarkdown('  first line\n\n   second line\r\nthird  ')).toBe('first line second line third');
    expect(escapeMarkdown("Ana Silva, Web designer (Lisbon) – it's fine!")).toBe("Ana Silva, Web designer (Lisbon) – it's fine!");
  });

  it('stops entities from being decoded, but leaves a lone ampersand', () => {
    expect(escapeMarkdown('AT&T &lt;b&gt; &#60;')).toBe('AT&T &amp;lt;b&amp;gt; &amp;#60;');
  });

  it('never lets markup through, whatever the input', () => {
    fc.assert(
      // Built from the characters that matter, so every run mixes them densely.
      fc.property(fc.string({ unit: fc.constantFrom(...'<>&#;\\`*_[]|~$=+-1.) a\n'.split('')), maxLength: 40 }), (input) => {
        const output = escapeMarkdown(input);
        // Every special character is escaped: preceded by an odd run of backslashes.
        const escaped = [...output.matchAll(/(\\*)[`*_[\]|~$]/g)].every((match) => match[1]!.length % 2 === 1);
        return escaped && !/[<>\n\r]/.test(output);
      }),
      { numRuns: 500 },
    );
  });
});

describe('toTextWithCommands', () => {
  it('makes the commands conet quotes in a reason inline code, and escapes the rest', () => {
    expect(toTextWithCommands('no tie from you yet: find a way in with `conet path`').md).toBe('no tie from you yet: find a way in with `conet path`');
    expect(toTextWithCommands('*Ada* offers `rm -rf` and `conet link a b`').md).toBe('\\*Ada\\* offers \\`rm -rf\\` and `conet link a b`');
  });

  it('lets no placeholder or markup through from the user\'s words', () => {
    expect(toTextWithCommands('Zoë \uE0000\uE001 <b>').md).toBe('Zoë 0 &lt;b&gt;');
    expect(toTextWithCommands('`conet x` then `conet y`').md).toBe('`conet x` then `conet y`');
  });
});

describe('codeSpan', () => {
  it('fences with more backticks than the text holds', () => {
    expect(codeSpan('conet plan')).toBe('`conet plan`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('Mermaid escaping', () => {
  it('turns contact ids into safe node ids that are never keywords', () => {
    expect(mermaidId('dana-ruiz')).toBe('c_dana_ruiz');
    expect(mermaidId('end')).toBe('c_end');
    expect(mermaidId('a b"c')).toBe('c_a_20_b_22_c');
  });

  it('escapes labels with entity codes so they cannot close the quotes or inject HTML', () => {
    expect(escapeMermaidLabel(HOSTILE)).toBe('#lt;script#gt;alert(1)#lt;/script#gt; *bold* [x](javascript:alert(1)) | pipe');
    expect(escapeMermaidLabel('Say "hi" #1 & `code` \\n\nnext')).toBe('Say #quot;hi#quot; #35;1 #amp; #96;code#96; #92;n next');
  });
});
