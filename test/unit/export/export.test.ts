import { describe, expect, it } from 'vitest';
import { exportCsv, neutraliseFormula } from '../../../src/core/export/export-csv.js';
import { exportNetwork } from '../../../src/core/export/export-network.js';
import { exportVcard } from '../../../src/core/export/export-vcard.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/core/export/formats.js';
import { mergeImport } from '../../../src/core/import/merge-import.js';
import { parseImport } from '../../../src/core/import/parse-import.js';
import { parseGoogle } from '../../../src/core/import/parse-google.js';
import { parseVcard } from '../../../src/core/import/parse-vcard.js';
import type { ImportFormat } from '../../../src/core/import/types.js';
import { emptyNetwork, type Network } from '../../../src/core/model.js';
import { readGraphXml } from '../../../src/import-formats/graph-xml.js';

const NETWORK: Network = {
  ...emptyNetwork(),
  me: { name: 'Sam Rivera' },
  contacts: [
    {
      id: 'ada',
      name: 'Ada Lovelace',
      org: 'Analytical Engines, Ltd',
      role: 'Countess',
      email: ['ada@engines.example', 'ada@home.example'],
      phone: ['+44 20 7946 0001'],
      url: 'https://engines.example',
      linkedin: 'https://www.linkedin.com/in/ada',
      tags: ['math', 'engines'],
      notes: 'Line one;\nline two, with "quotes" & <angle> brackets',
      stage: 'engaged',
      offers: ['data analysis', 'engines, and the maths behind them', 'maths; more maths', 'a back\\slash'],
      needs: ["a patron's 'backing'"],
      pointOfView: 'Machines could compose music',
      connection: 'met at a salon',
      status: 'collaborator',
      coCreator: 'active-participant',
      contributes: ['ideas', 'knowledge'],
      stance: 'challenger',
      growth: true,
      prospect: true,
      lastContact: '2024-03-01',
      cadenceDays: 30,
    },
    { id: 'grace', name: 'Grace Brewster Murray Hopper', stage: 'identified', prospect: false, stance: 'yes-person' },
    { id: 'eve', name: '=HYPERLINK("http://evil.example")', role: '@admin', stage: 'identified' },
  ],
  relationships: [
    { from: 'me', to: 'ada', kind: 'friend', strength: 4, since: '2020-05-01' },
    { from: 'ada', to: 'grace', strength: 2, note: 'met once' },
    { from: 'me', to: 'grace' },
    // A second tie between the same two, of another kind.
    { from: 'me', to: 'ada', kind: 'colleague', strength: 2 },
  ],
  introductions: [{ id: 'ada--grace', between: ['ada', 'grace'], status: 'made', date: '2024-02-03', history: [{ date: '2024-02-03', status: 'made' }] }],
  audit: { commitment: 'Meet two challengers a month' },
};

const IMPORT_AS: Record<ExportFormat, ImportFormat> = { vcard: 'vcard', csv: 'google', json: 'json', gexf: 'gexf', graphml: 'graphml' };
const CONTACT_FIELDS = ['name', 'org', 'role', 'email', 'phone', 'url', 'linkedin', 'tags', 'notes'] as const;

async function roundTrip(format: ExportFormat): Promise<Network> {
  const text = await exportNetwork(NETWORK, format);
  const parsed = await parseImport(text, IMPORT_AS[format], { readGraphXml });
  expect(parsed.problems).toEqual([]);
  return mergeImport(emptyNetwork(), parsed).network;
}

/** What the analyses read beyond the address-book fields. */
const PLANNING_FIELDS = ['offers', 'needs', 'pointOfView', 'connection', 'status', 'coCreator', 'contributes', 'stance', 'growth', 'prospect', 'lastContact', 'cadenceDays'] as const;

const pick = (network: Network, fields: readonly string[] = CONTACT_FIELDS) =>
  network.contacts.map((contact) => Object.fromEntries(fields.filter((field) => contact[field] !== undefined).map((field) => [field, contact[field]])));

describe('export → import round trip', () => {
  for (const format of EXPORT_FORMATS) {
    it(`keeps every contact field through ${format}`, async () => {
      expect(pick(await roundTrip(format))).toEqual(pick(NETWORK));
    });
  }

  for (const format of ['json', 'gexf', 'graphml'] as const) {
    it(`keeps what the analyses use (offers, needs, stance, prospect…) through ${format}`, async () => {
      expect(pick(await roundTrip(format), PLANNING_FIELDS)).toEqual(pick(NETWORK, PLANNING_FIELDS));
    });

    it(`keeps ids, stages and relationships through ${format}`, async () => {
      const back = await roundTrip(format);
      expect(back.contacts.map((contact) => [contact.id, contact.stage])).toEqual(NETWORK.contacts.map((contact) => [contact.id, contact.stage]));
      expect(back.relationships).toEqual(NETWORK.relationships);
    });
  }

  it('keeps your profile, self-audit and introductions through json into a new network', async () => {
    const back = await roundTrip('json');
    expect(back.me).toEqual(NETWORK.me);
    expect(back.audit).toEqual(NETWORK.audit);
    expect(back.introductions).toEqual(NETWORK.introductions);
  });

  it('importing an export into the same network changes nothing', async () => {
    for (const format of EXPORT_FORMATS) {
      const parsed = await parseImport(await exportNetwork(NETWORK, format), IMPORT_AS[format], { readGraphXml });
      const { network, report } = mergeImport(NETWORK, parsed);
      expect(network.contacts, format).toEqual(NETWORK.contacts);
      expect(report.added, format).toEqual([]);
    }
  });

  it('writes the same text for the same network', async () => {
    for (const format of EXPORT_FORMATS) expect(await exportNetwork(NETWORK, format)).toBe(await exportNetwork(structuredClone(NETWORK), format));
  });
});

describe('CSV export', () => {
  it('neutralises values a spreadsheet would run as formulas', () => {
    for (const risky of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseFormula(risky)).toBe(`'${risky}`);
    expect(neutraliseFormula('Ada')).toBe('Ada');
    const csv = exportCsv(NETWORK);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'@admin");
    expect(csv).toContain("'+44 20 7946 0001");
    // …and the importer takes the apostrophe off again.
    expect(parseGoogle(csv).contacts[2]!.contact).toMatchObject({ name: '=HYPERLINK("http://evil.example")', role: '@admin' });
  });

  it('uses Google Contacts column names', () => {
    expect(exportCsv(NETWORK).split('\n')[0]).toMatch(/^First Name,Last Name,Organization Name,Organization Title,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value/);
  });
});

describe('vCard export', () => {
  const nameLine = (name: string, fields: Partial<Network['contacts'][number]> = {}) =>
    exportVcard({ ...emptyNetwork(), contacts: [{ id: 'x', name, ...fields }] }).match(/^N:.*$/m)![0];

  it('splits a name only where it can tell the family name from the given one', () => {
    expect(nameLine('Ada Lovelace')).toBe('N:Lovelace;Ada;;;');
    expect(nameLine('Smith, John')).toBe('N:Smith;John;;;');
    expect(nameLine('Dr. Chidi Okafor')).toBe('N:Okafor;Chidi;;Dr.;');
    expect(nameLine('John Smith, Jr.')).toBe('N:Smith;John;;;Jr.');
    expect(nameLine('Ludwig van Beethoven')).toBe('N:van Beethoven;Ludwig;;;');
    expect(nameLine('Grace Brewster Murray Hopper')).toBe('N:Hopper;Grace;Brewster Murray;;');
    expect(nameLine('Cher')).toBe('N:Cher;;;;');
    // Whole, in the family name, when it cannot be split with confidence.
    expect(nameLine('Team @ Acme')).toBe('N:Team @ Acme;;;;');
    expect(nameLine('Ng, Lee, Wong')).toBe('N:Ng\\, Lee\\, Wong;;;;');
    expect(nameLine('山田 太郎')).toBe('N:山田 太郎;;;;');
  });

  it("writes an organisation's card as one, with an empty N, and reads it back as the same contact", () => {
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Acme Only Inc\r\nORG:Acme Only Inc\r\nEND:VCARD\r\n';
    const contact = parseVcard(card).contacts[0]!.contact;
    expect(contact).toEqual({ name: 'Acme Only Inc', org: 'Acme Only Inc' });
    const text = exportVcard({ ...emptyNetwork(), contacts: [{ id: 'acme', ...contact }] });
    expect(text).toContain('\r\nN:;;;;\r\nORG:Acme Only Inc\r\nX-ABSHOWAS:COMPANY\r\n');
    expect(parseVcard(text).contacts[0]!.contact).toEqual(contact);
    expect(parseVcard('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Widgets Ltd\r\nEND:VCARD\r\n').contacts[0]!.contact).toEqual({ name: 'Widgets Ltd', org: 'Widgets Ltd' });
    // A person whose card names their own firm stays a person.
    expect(parseVcard('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;\r\nFN:Jane Doe\r\nORG:Jane Doe\r\nEND:VCARD\r\n').contacts[0]!.contact).toEqual({ name: 'Jane Doe' });
  });
});

describe('GraphML export', () => {
  it('is well-formed GraphML that graph tools read, with a weight-free strength key', async () => {
    const text = await exportNetwork(NETWORK, 'graphml');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
    expect(text).toContain('&lt;angle&gt;');
    const parsed = readGraphXml(text, 'graphml');
    expect(parsed.contacts).toHaveLength(3);
    expect(parsed.relationships).toHaveLength(4);
  });
});
