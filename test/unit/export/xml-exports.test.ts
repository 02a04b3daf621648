// The GEXF and GraphML writers, which write XML as text: the same bytes as graphology-gexf's
// writer, and whatever the text in a contact, a file that parses back to the same contact.
import fc from 'fast-check';
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../../src/core/export/export-gexf.js';
import { exportGraphml } from '../../../src/core/export/export-graphml.js';
import { CONET_GRAPH_ID, networkToGraph } from '../../../src/core/export/network-graph.js';
import { mergeImport } from '../../../src/core/import/merge-import.js';
import { emptyNetwork, type Contact, type Network } from '../../../src/core/model.js';
import { readGraphXml } from '../../../src/import-formats/graph-xml.js';

/** What graphology-gexf's own writer makes of the network (how conet wrote GEXF before). */
function writeWithGraphologyGexf(network: Network): string {
  const description = networkToGraph(network);
  const graph = new Graph({ type: 'undirected', multi: true });
  graph.setAttribute('creator', CONET_GRAPH_ID);
  for (const node of description.nodes) graph.addNode(node.id, node.attributes);
  description.edges.forEach((edge, index) => graph.addEdgeWithKey(`e${index}`, edge.source, edge.target, edge.attributes));
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label: String(label), attributes: rest };
    },
    formatEdge: (_key, attributes) => ({ ...(typeof attributes.strength === 'number' && { weight: attributes.strength }), attributes }),
  });
}

/** Text that XML treats specially, plus anything fast-check comes up with (XML 1.0 can hold). */
const xmlText = fc
  .oneof(
    fc.string({ maxLength: 16 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom('a & b', '<tag>', '"quoted"', "it's", ']]>', 'tab\there', 'two\nlines', 'next\u0085line', 'line\u2028separator', 'paragraph\u2029separator', '&amp;', 'Zoë Ñandú', '日本語', '😀'),
  )
  .map((text) => text.replace(/[\u0000-\u001F\uFFFE\uFFFF]/g, '').trim())
  .filter((text) => text !== '');

/** The same, without the line ends of XML 1.1 and Unicode, which graphology-gexf writes as they are (and @xmldom/xmldom then reads as spaces). */
const xmlTextForGexf = xmlText.map((text) => text.replace(/[\u0085\u2028\u2029]/g, '').trim()).filter((text) => text !== '');

const networksOf = (text: fc.Arbitrary<string>) =>
    fc
    .uniqueArray(
      fc.record(
        {
          id: fc.stringMatching(/^[a-z0-9]{1,9}$/).filter((id) => id !== 'me'),
          name: text,
          org: text,
          notes: text,
          tags: fc.array(text, { maxLength: 3 }),
          prospect: fc.boolean(),
          cadenceDays: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constantFrom(2 ** 31, 2 ** 40, 1.5)),
        },
        { requiredKeys: ['id', 'name'] },
      ),
      { selector: (contact) => contact.id, maxLength: 6 },
    )
    // Named after their ids too: an import takes two people of the same name for one.
    .map((contacts) => contacts.map((contact) => ({ ...contact, name: `${contact.id} ${contact.name}` })))
    .chain((contacts) => {
      const ids = ['me', ...contacts.map((contact) => contact.id)];
      const tie = fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids), strength: fc.integer({ min: 1, max: 5 }), kind: text, note: text }, { requiredKeys: ['from', 'to'] });
      return fc.record({
        me: fc.record({ name: text }, { requiredKeys: [] }),
        contacts: fc.constant(contacts as Contact[]),
        relationships: fc.array(tie, { maxLength: 8 }).map((ties) => ties.filter((relationship) => relationship.from !== relationship.to)),
      });
    })
    .map((parts): Network => ({ ...emptyNetwork(), ...parts }));

const networks = networksOf(xmlText);

/** The contacts an import of the text gives a new network. */
function readBack(text: string, format: 'gexf' | 'graphml'): Contact[] {
  const parsed = readGraphXml(text, format);
  expect(parsed.problems).toEqual([]);
  return mergeImport(emptyNetwork(), parsed).network.contacts;
}

describe('the XML exports', () => {
  it('write GEXF byte for byte as graphology-gexf does', () => {
    fc.assert(
      fc.property(networksOf(xmlTextForGexf), (network) => {
        expect(exportGexf(network)).toBe(writeWithGraphologyGexf(network));
      }),
      { numRuns: 200 },
    );
  });

  for (const [format, write] of [['gexf', exportGexf], ['graphml', exportGraphml]] as const) {
    it(`give back every contact's text from ${format}`, () => {
      fc.assert(
        fc.property(networks, (network) => {
          const fields = (contacts: readonly Contact[]) => contacts.map(({ id, name, org, notes, tags }) => ({ id, name, org, notes, tags: tags ?? [] }));
          const text = write(network);
          // In an element's text (GraphML's values; GEXF's are attributes, where it may stand) a
          // strict parser refuses "]]>", which a lenient one reads.
          if (format === 'graphml') expect(text).not.toContain(']]>');
          expect(fields(readBack(text, format))).toEqual(fields(network.contacts));
        }),
        { numRuns: 100 },
      );
    });

    it(`leave out of ${format} the characters XML cannot hold, so the file still reads`, () => {
      const network: Network = { ...emptyNetwork(), contacts: [{ id: 'ada', name: 'Ada\u0001 Lovelace', notes: 'bell\u0007 and\u000B tab\tand\r\nbreak', stage: 'identified' }] };
      expect(readBack(write(network), format)).toMatchObject([{ id: 'ada', name: 'Ada Lovelace', notes: 'bell and tab\tand\r\nbreak' }]);
    });
  }
});
