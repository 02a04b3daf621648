import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addContact } from '../../src/core/add-contact.js';
import { removeContact, updateContact } from '../../src/core/contacts.js';
import { emptyNetwork, type Network } from '../../src/core/model.js';
import { linkContacts, unlinkContacts } from '../../src/core/relationships.js';
import { repairNetwork } from '../../src/core/repair-network.js';
import { parseNetwork } from '../../src/store/yaml-codec.js';
import { patchYamlText } from '../../src/store/yaml-document.js';
import { dumpNetwork, spliceYamlText } from '../../src/store/yaml-splice.js';

// Strings that YAML treats specially: they must survive quoting in both writers.
const trickyText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('yes', 'no', 'null', '~', '123', '1e3', '- dash', '# hash', 'a: b', "it's", '"quoted"', 'multi\nline', ' padded ', '[x]', '{y}', '*star', '&amp', '!tag', '@at', '`tick`', 'Zoë Ñandú', '日本語'),
  // Multi-line notes are written as block scalars, whose lines may look like comments or items.
  fc.constantFrom('line one\n# not a comment', 'first\n- not an item\n  # nor this', 'a\n\n# after a blank line\n'),
);

type Operation =
  | { op: 'add'; name: string; tags: string[]; notes?: string }
  | { op: 'update'; pick: number; role: string }
  | { op: 'unset'; pick: number }
  | { op: 'remove'; pick: number }
  | { op: 'link'; a: number; b: number; strength: number }
  | { op: 'unlink'; a: number; b: number }
  | { op: 'me'; business: string };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), name: trickyText, tags: fc.array(trickyText, { maxLength: 3 }), notes: fc.option(trickyText, { nil: undefined }) }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), role: trickyText }),
  fc.record({ op: fc.constant('unset' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('link' as const), a: fc.nat(), b: fc.nat(), strength: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('unlink' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('me' as const), business: trickyText }),
);

function apply(network: Network, step: Operation): Network {
  const ids = network.contacts.map((contact) => contact.id);
  const pick = (n: number) => ids[n % ids.length]!;
  switch (step.op) {
    case 'add':
      return addContact(network, { name: step.name.trim() || 'someone', tags: step.tags, ...(step.notes !== undefined && { notes: step.notes }) }).network;
    case 'update':
      return ids.length ? updateContact(network, pick(step.pick), { role: step.role }).network : network;
    case 'unset':
      return ids.length ? updateContact(network, pick(step.pick), { tags: undefined, role: undefined }).network : network;
    case 'remove':
      return ids.length ? removeContact(network, pick(step.pick)).network : network;
    case 'link': {
      const a = ids.length ? pick(step.a) : 'me';
      const b = ids.length ? pick(step.b) : 'me';
      return a === b ? network : linkContacts(network, a, b, { strength: step.strength }).network;
    }
    case 'unlink': {
      const rel = network.relationships[step.a % Math.max(1, network.relationships.length)];
      return rel ? unlinkContacts(network, rel.from, rel.to).network : network;
    }
    case 'me':
      return { ...network, me: { ...network.me, business: step.business } };
  }
}

describe('spliceYamlText', () => {
  it('produces text that parses back to exactly the new network, for any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 25 }), fc.boolean(), (steps, withComments) => {
        let network = emptyNetwork();
        let text = `# header comment\n${dumpNetwork(network)}`;
        if (withComments) text = text.replace(/^contacts:(.*)$/m, 'contacts:$1 # people I know');
        for (const step of steps) {
          const next = apply(network, step);
          const spliced = spliceYamlText(text, network, next);
          expect(spliced).not.toBeNull();
          expect(parseNetwork(spliced!, 'test.yaml')).toEqual(JSON.parse(JSON.stringify(next)));
          text = spliced!;
          network = next;
        }
        expect(text.startsWith('# header comment\n')).toBe(true);
        // Lists of records stay in block style, one item per `- `, as a person would write them.
        if (network.contacts.length > 0) expect(text).toMatch(/^contacts:.*\n {2}- id: /m);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });

  it('leaves every untouched line byte-identical', () => {
    let network = emptyNetwork();
    for (const name of ['Ada', 'Bob', 'Cy']) network = addContact(network, { name, tags: ['x'] }).network;
    const text = dumpNetwork(network).replace('  - id: bob\n', '  # Bob is my neighbour\n  - id: bob   # keep this spacing\n');
    const loaded = parseNetwork(text, 'test.yaml');
    const next = updateContact(loaded, 'cy', { role: 'CTO' }).network;
    const spliced = spliceYamlText(text, loaded, next)!;
    expect(spliced).toContain('  # Bob is my neighbour\n  - id: bob   # keep this spacing\n');
    expect(spliced.slice(0, text.indexOf('  - id: cy'))).toBe(text.slice(0, text.indexOf('  - id: cy')));
  });

  it('keeps a block scalar whose last line starts with # when the next record is removed', () => {
    let network = emptyNetwork();
    network = addContact(network, { name: 'Ada', notes: 'line one\n# last line, not a comment' }).network;
    network = addContact(network, { name: 'Bob' }).network;
    const text = dumpNetwork(network);
    const spliced = spliceYamlText(text, network, removeContact(network, 'bob').network)!;
    expect(parseNetwork(spliced, 'test.yaml').contacts).toEqual([{ id: 'ada', name: 'Ada', notes: 'line one\n# last line, not a comment' }]);
  });

  it('edits a record whose id was renamed in place, keeping the comments inside it', () => {
    const text = 'version: 1\ncontacts:\n  - id: kim\n    name: Kim Park\n  # the other Kim\n  - id: kim   # second kim\n    name: Kim Other  # from Beta\n    # where they work\n    org: Beta\n  - id: lee\n    name: Lee\nrelationships: []\n';
    const network = parseNetwork(text, 'test.yaml');
    const { network: repaired } = repairNetwork(network);
    expect(repaired.contacts.map((contact) => contact.id)).toEqual(['kim', 'kim-2', 'lee']);
    const spliced = spliceYamlText(text, network, repaired)!;
    expect(parseNetwork(spliced, 'test.yaml')).toEqual(repaired);
    // The whole-document writer, for layouts the line scan does not index, keeps them too.
    const patched = patchYamlText(text, repaired);
    expect(parseNetwork(patched, 'test.yaml')).toEqual(repaired);
    for (const comment of ['# second kim', '# from Beta', '# where they work']) expect(patched).toContain(comment);
    // Only that record is rewritten (by the `yaml` writer, which spaces comments its own way).
    expect(spliced).toBe(text.replace('- id: kim   # second kim\n    name: Kim Other  # from Beta', '- id: kim-2 # second kim\n    name: Kim Other # from Beta'));
  });

  it('keeps a tie in its place, with its comment, when it is given a kind', () => {
    const text = 'version: 1\ncontacts:\n  - {id: ann, name: Ann}\nrelationships:\n  - {from: me, to: ann, strength: 3} # met at the gym\n';
    const network = parseNetwork(text, 'test.yaml');
    const spliced = spliceYamlText(text, network, linkContacts(network, 'me', 'ann', { kind: 'client' }).network)!;
    expect(spliced).toContain('# met at the gym');
    expect(parseNetwork(spliced, 'test.yaml').relationships).toEqual([{ from: 'me', to: 'ann', strength: 3, kind: 'client' }]);
  });

  it('never moves a removed record\'s comments onto a new one written in its place', () => {
    const text = 'version: 1\ncontacts:\n  - id: ann\n    name: Ann\n  # Bob: met at the retreat\n  - id: bob\n    name: Bob  # private note about Bob\nrelationships: []\n';
    const network = parseNetwork(text, 'test.yaml');
    const next = { ...network, contacts: [network.contacts[0]!, { id: 'dee', name: 'Dee' }] };
    for (const written of [spliceYamlText(text, network, next)!, patchYamlText(text, next)]) {
      expect(parseNetwork(written, 'test.yaml')).toEqual(next);
      expect(written).not.toContain('private note about Bob');
    }
  });

  it('gives up (null) on layouts it does not index, so the caller can patch the whole document', () => {
    const flow = '{version: 1, contacts: [], relationships: []}\n';
    const network = parseNetwork(flow, 'test.yaml');
    expect(spliceYamlText(flow, network, addContact(network, { name: 'Ada' }).network)).toBeNull();
  });
});
