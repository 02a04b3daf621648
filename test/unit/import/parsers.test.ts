import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImportFormat } from '../../../src/core/import/detect-format.js';
import { parseGoogle } from '../../../src/core/import/parse-google.js';
import { parseJson } from '../../../src/core/import/parse-json.js';
import { parseLinkedin, parseLooseDate } from '../../../src/core/import/parse-linkedin.js';
import { parseVcard } from '../../../src/core/import/parse-vcard.js';
import { decodeImportBytes } from '../../../src/core/import/source-text.js';
import { decodeQuotedPrintable } from '../../../src/core/import/vcard-lines.js';
import { readGraphXml } from '../../../src/import-formats/graph-xml.js';
import { ROOT } from '../../helpers/cli.js';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/import', name), 'utf8');
const names = (parsed: { contacts: { contact: { name: string } }[] }) => parsed.contacts.map((entry) => entry.contact.name);

describe('vCard', () => {
  const parsed = parseVcard(fixture('contacts.vcf'));

  it('reads 2.1, 3.0 and 4.0 cards from one file with a BOM and CRLF', () => {
    expect(parsed.problems).toEqual([]);
    expect(names(parsed)).toEqual(['Élise Dupré', 'Dr. Chidi Okafor', 'Mei Lin Zhou', 'Robin Smith']);
  });

  it('decodes vCard 2.1 quoted-printable values in their charset, soft line breaks included', () => {
    const elise = parsed.contacts[0]!.contact;
    expect(elise.role).toBe('Directrice générale'); // ISO-8859-1
    expect(elise.org).toBe('Atelier Dupré, SARL');
    expect(elise.notes).toBe('Met at the Lyon makers fair.\nWants a brand partner for the spring collection.');
    expect(elise.phone).toEqual(['+33 6 12 34 56 78', '+33 1 23 45 67 89']);
    expect(elise.email).toEqual(['elise@atelier-dupre.example']);
  });

  it('unfolds folded lines and keeps every email, the LinkedIn profile and categories', () => {
    const chidi = parsed.contacts[1]!.contact;
    expect(chidi.role).toBe('Head of Research and Strategic Partnerships for West African Client Programmes');
    expect(chidi.email).toEqual(['chidi@ldl.example', 'chidi.okafor@mail.example']);
    expect(chidi.linkedin).toBe('https://www.linkedin.com/in/chidi-okafor/');
    expect(chidi.url).toBe('https://ldl.example');
    expect(chidi.tags).toEqual(['design', 'research']);
    expect(chidi.notes).toBe('Prefers calls on Tuesdays, never Fridays.\nAsk about the fellowship.');
  });

  it('reads vCard 4.0 tel: URIs and builds a name from N when FN is missing', () => {
    expect(parsed.contacts[2]!.contact.phone).toEqual(['+1-555-555-0199']);
    expect(parsed.contacts[2]!.contact.role).toBe('Founder');
    expect(parsed.contacts[3]!.contact).toEqual({ name: 'Robin Smith', phone: ['+44 20 7946 0000'] });
  });

  it('reports broken cards with their line and keeps the good ones', () => {
    const broken = parseVcard(fixture('malformed.vcf'));
    expect(names(broken)).toEqual(['Good One']);
    expect(broken.problems.map((problem) => problem.line)).toEqual([8, 10, 14]);
    expect(broken.problems[0]!.message).toContain('FN Missing colon');
    expect(broken.problems[2]!.message).toContain('not closed');
  });

  it('says so when a file holds no card at all', () => {
    expect(parseVcard('hello\n').problems).toEqual([{ line: 1, message: expect.stringContaining('outside') }]);
    expect(parseVcard('').problems[0]!.message).toContain('no vCard');
  });

  it('decodes quoted-printable bytes with a charset', () => {
    expect(decodeQuotedPrintable('Gr=C3=BC=C3=9Fe')).toBe('Grüße');
    expect(decodeQuotedPrintable('Gr=FC=DFe', 'windows-1252')).toBe('Grüße');
    expect(decodeQuotedPrintable('a=3Db')).toBe('a=b');
  });
});

describe('LinkedIn Connections.csv', () => {
  const parsed = parseLinkedin(fixture('Connections.csv'));

  it('skips the Notes preamble and reads every connection with its line', () => {
    expect(parsed.problems).toEqual([]);
    expect(names(parsed)).toEqual(['Chidi Okafor', 'Priya Raman', 'Tom Berg', 'Ana García']);
    expect(parsed.contacts.map((entry) => entry.line)).toEqual([5, 6, 7, 8]);
    expect(parsed.contacts[1]!.contact).toEqual({
      name: 'Priya Raman',
      org: 'Raman & Co, LLP',
      role: 'Partner',
      email: ['priya@raman.example'],
      linkedin: 'https://www.linkedin.com/in/priya-raman-42',
    });
    expect(parsed.contacts[2]!.contact.org).toBe('Berg "Nordic" AB');
  });

  it('records a weak tie to you since the "Connected On" date', () => {
    expect(parsed.relationships[0]).toEqual({ line: 5, from: 'me', to: 'line-5', details: { kind: 'linkedin', strength: 2, since: '2023-02-14' }, fillsAnyTie: true });
    expect(parseLinkedin(fixture('Connections.csv'), { strength: 4 }).relationships[0]!.details.strength).toBe(4);
  });

  it('reports bad rows by line: no name, shifted columns, unreadable date', () => {
    const broken = parseLinkedin(fixture('malformed-connections.csv'));
    expect(names(broken)).toEqual(['Good Person', 'Also Good']);
    expect(broken.problems.map((problem) => problem.line)).toEqual([3, 4, 5]);
    expect(broken.problems[1]!.message).toContain('8 fields');
  });

  it('counts lines right when a quoted field holds a CRLF', () => {
    const text = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nA,B,,,"Two\r\nlines",X,01 Jan 2020\r\n,,,,,,\r\nC,,,,,,bad\r\n';
    const parsed = parseLinkedin(text);
    expect(parsed.contacts[0]!.contact.org).toBe('Two\nlines');
    expect(parsed.problems).toEqual([{ line: 5, message: expect.stringContaining('bad') }]);
  });

  it('reports an unclosed quote on the line where it opens, not where the file ends', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const text = [header, 'Ada,Lovelace,,,,,', 'Bob,"Unclosed,,,,,', 'C,D,,,,,', 'E,F,,,,,', 'G,H,,,,,', ''].join('\n');
    const parsed = parseLinkedin(text);
    expect(names(parsed)).toEqual(['Ada Lovelace']);
    expect(parsed.problems).toEqual([{ line: 3, message: expect.stringContaining('never closed') }]);
    expect(parseLinkedin([header, 'Ada,Lovelace,,,,,', '', '', '"Bob,,,,,,', 'C,D,,,,,'].join('\n')).problems[0]!.line).toBe(5);
    expect(parseLinkedin([header, '"Bob,,,,,,', 'C,D,,,,,'].join('\n')).problems[0]!.line).toBe(2);
  });

  it('reads the date forms exports use', () => {
    expect(parseLooseDate('05 Mar 2024')).toBe('2024-03-05');
    expect(parseLooseDate('Mar 5, 2024')).toBe('2024-03-05');
    expect(parseLooseDate('2024-03-05')).toBe('2024-03-05');
    expect(parseLooseDate('31 Feb 2024')).toBeNull();
    expect(parseLooseDate('soon')).toBeNull();
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current export: names, organisation, " ::: " lists, labels, LinkedIn website', () => {
    const parsed = parseGoogle(fixture('google-contacts.csv'));
    expect(parsed.problems).toEqual([]);
    expect(names(parsed)).toEqual(['Priya Raman', 'Jonas K. Weber', 'Copper Kettle Café']);
    expect(parsed.contacts[0]!.contact).toMatchObject({
      org: 'Raman & Co, LLP',
      role: 'Partner',
      email: ['priya@raman.example', 'p.raman@mail.example'],
      phone: ['+44 7700 900123'],
      linkedin: 'https://www.linkedin.com/in/priya-raman-42',
      tags: ['Clients', 'Legal'],
      notes: 'Introduced by Chidi.\nLikes long emails.',
    });
    expect(parsed.contacts[1]!.contact.phone).toEqual(['+49 30 1234567', '+49 170 7654321']);
    expect(parsed.contacts[1]!.contact.tags).toBeUndefined();
    // A company card: the organisation is the name.
    expect(parsed.contacts[2]!.contact).toEqual({ name: 'Copper Kettle Café', email: ['hello@copperkettle.example'] });
  });

  it('reads the legacy "Name, Given Name, …" export', () => {
    const parsed = parseGoogle(fixture('google-legacy.csv'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((entry) => entry.contact)).toEqual([
      { name: 'Sofia Rossi', org: 'Rossi Consulting', role: 'Principal', email: ['sofia@rossi.example'], url: 'https://rossi.example', tags: ['Mentors'] },
      { name: 'Kenji Sato', email: ['kenji@sato.example'] },
    ]);
  });

  it('says so when the header is missing', () => {
    expect(parseGoogle('just,some,columns\n1,2,3\n').problems[0]!.message).toContain('header');
  });
});

describe('GEXF and GraphML', () => {
  it('reads a Gephi GEXF: labels, declared attributes, edges with weights scaled to strengths', () => {
    const parsed = readGraphXml(fixture('network.gexf'), 'gexf');
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((entry) => entry.contact)).toEqual([
      { name: 'Amara Nwosu', org: 'Nwosu Analytics', email: ['amara@nwosu.example'] },
      { name: 'Lars Eriksen', org: 'Fjord Ventures' },
      { name: 'Yuki Tanaka' },
      { name: 'Priya Raman', email: ['priya@raman.example'] },
    ]);
    // Weights 8, 2, 5 scale onto 5, 1, 3.
    expect(parsed.relationships.map((rel) => [rel.from, rel.to, rel.details])).toEqual([
      ['node:0', 'node:1', { kind: 'co-founder', strength: 5 }],
      ['node:1', 'node:2', { strength: 1 }],
      ['node:0', 'node:3', { strength: 3 }],
    ]);
    expect(parsed.relationships.map((rel) => rel.line)).toEqual([39, 42, 43]);
  });

  it('reads GraphML with a for="all" key and a yEd node label (graphology-graphml alone cannot)', () => {
    const parsed = readGraphXml(fixture('network.graphml'), 'graphml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((entry) => entry.contact)).toEqual([
      { name: 'Fatima Haddad', org: 'Haddad Legal', notes: 'Knows everyone in Beirut tech.' },
      { name: 'Marco Bianchi' },
      { name: 'Olu Adeyemi' },
    ]);
    expect(parsed.relationships.map((rel) => rel.details)).toEqual([{ strength: 5, note: 'Worked together in 2019.' }, { strength: 1 }]);
  });

  it('reads a yEd file: keys for the whole file or for ports are ignored, the first drawn label names a node without a name', () => {
    const parsed = readGraphXml(fixture('yed.graphml'), 'graphml');
    expect(parsed.problems).toEqual([]);
    expect(parsed.contacts.map((entry) => entry.contact)).toEqual([
      { name: 'Ada Lovelace' },
      { name: 'Grace Hopper', notes: "Wrote COBOL's ancestor." },
      { name: 'Katherine Johnson' },
    ]);
    expect(parsed.relationships.map((rel) => [rel.from, rel.to])).toEqual([['node:n0', 'node:n1']]);
  });

  it('reports nodes and edges the libraries would reject for the whole file, by line', () => {
    const parsed = readGraphXml(fixture('malformed.gexf'), 'gexf');
    expect(names(parsed)).toEqual(['Alpha', 'Beta']);
    expect(parsed.relationships).toHaveLength(1);
    expect(parsed.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [6, 'node without an id'],
      [7, 'node id "a" is used twice'],
      [12, 'edge refers to unknown node "ghost"'],
      [13, expect.stringContaining('itself')],
    ]);
  });

  it('reports XML that is not well formed, and files of the wrong kind', () => {
    const broken = readGraphXml(fixture('broken.graphml'), 'graphml');
    expect(broken.contacts).toEqual([]);
    expect(broken.problems[0]!.message).toMatch(/^XML /);
    expect(broken.problems[0]!.line).toBeGreaterThan(1);
    expect(readGraphXml('<graphml/>', 'gexf').problems[0]!.message).toContain('not a GEXF file');
  });

  it('reports a file that is not XML, or quotes a lot of it, in one short line, never at line 0', () => {
    const vcard = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ada <ada@engines.example>\nNOTE:a < b\nEND:VCARD\n';
    expect(readGraphXml(vcard, 'gexf').problems).toEqual([{ line: 1, message: 'not a GEXF file: it is not XML' }]);
    expect(readGraphXml('<?xml version="1.0"?>', 'graphml').problems).toEqual([{ line: 1, message: 'XML missing root element' }]);
    const [problem, ...others] = readGraphXml(`<?xml version="1.0"?>\n${'text, '.repeat(200)}\n<graphml/>`, 'graphml').problems;
    expect(others).toEqual([]);
    expect(problem!.message).toMatch(/^XML Unexpected content outside root element: '.{40}…'$/);
  });

  it('keeps no strength when every edge has the same weight (Gephi writes 1.0 everywhere)', () => {
    const text = `<gexf version="1.3"><graph><nodes><node id="a" label="A"/><node id="b" label="B"/><node id="c" label="C"/></nodes>
      <edges><edge source="a" target="b" weight="1.0"/><edge source="b" target="c" weight="1.0"/></edges></graph></gexf>`;
    expect(readGraphXml(text, 'gexf').relationships.map((rel) => rel.details)).toEqual([{}, {}]);
  });
});

describe('conet JSON', () => {
  it('reports invalid records with a line and keeps the rest', () => {
    const text = JSON.stringify({ version: 1, contacts: [{ id: 'ada', name: 'Ada' }, { id: 'bad', name: '' }], relationships: [{ from: 'me', to: 'ada', strength: 9 }] }, null, 2);
    const parsed = parseJson(text);
    expect(names(parsed)).toEqual(['Ada']);
    expect(parsed.problems.map((problem) => problem.message)).toEqual([expect.stringContaining('contacts[1].name'), expect.stringContaining('relationships[0].strength')]);
    expect(parsed.problems[0]!.line).toBe(9);
    expect(parseJson('{"contacts": [').problems[0]!.message).toContain('not valid JSON');
  });

  it('reads your profile, self-audit and introductions, each with its line', () => {
    const network = {
      version: 1,
      me: { name: 'Sam', offers: ['workshops'] },
      contacts: [{ id: 'ada', name: 'Ada' }, { id: 'bo', name: 'Bo' }],
      relationships: [],
      introductions: [
        { id: 'ada--bo', between: ['ada', 'bo'], status: 'made' },
        { id: 'bad', between: ['ada'], status: 'made' },
      ],
      audit: { commitment: 'More challengers', date: 'soon' },
    };
    const parsed = parseJson(JSON.stringify(network, null, 2));
    expect(parsed.profile).toEqual({ line: 3, value: network.me });
    expect(parsed.introductions).toEqual([{ line: 22, between: ['ada', 'bo'], introduction: network.introductions[0] }]);
    expect(parsed.audit).toBeUndefined();
    expect(parsed.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [30, expect.stringContaining('introductions[1].between')],
      [37, expect.stringContaining('audit.date')],
    ]);
  });
});

describe('detecting the format and decoding bytes', () => {
  it('tells formats apart by extension and by content', () => {
    expect(detectImportFormat('x.vcf', '')).toBe('vcard');
    expect(detectImportFormat('Connections.csv', fixture('Connections.csv'))).toBe('linkedin');
    expect(detectImportFormat('contacts.csv', fixture('google-contacts.csv'))).toBe('google');
    expect(detectImportFormat('export.txt', fixture('google-legacy.csv'))).toBe('google');
    expect(detectImportFormat('download', fixture('network.gexf'))).toBe('gexf');
    expect(detectImportFormat('download', fixture('network.graphml'))).toBe('graphml');
    expect(detectImportFormat('download', '\uFEFFBEGIN:VCARD\r\n')).toBe('vcard');
    expect(detectImportFormat('notes.txt', 'hello')).toBeNull();
  });

  it('decodes UTF-8 with a BOM, UTF-16 and Windows-1252 files', () => {
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('A');
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe('Aé');
    expect(decodeImportBytes(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))).toBe('Müller');
  });
});
