// Two versions of one large network (about 2 KB per contact), differing in the profile and in every
// tenth contact, spread through the file: a save interrupted half-way would show as a mix.
import type { Network } from '../../../src/core/model.js';

export type Version = 'A' | 'B';

export function alternatingNetwork(version: Version, size: number): Network {
  const contacts = Array.from({ length: size }, (_, index) => ({
    id: `person-${index}`,
    name: `Person ${index}`,
    org: index % 10 === 0 ? `Company ${index} (version ${version})` : `Company ${index}`,
    tags: ['consulting', `circle-${index % 13}`],
    notes: `${index}: ${'Met at the regional producers fair; keen on joint workshops. '.repeat(32)}`,
  }));
  const relationships = contacts.map((contact, index) => ({ from: index % 5 === 0 ? 'me' : `person-${index - 1}`, to: contact.id, strength: (index % 5) + 1 }));
  return { version: 1, me: { name: `Version ${version}` }, contacts, relationships };
}

/** Which version a loaded network is, or null for anything else (a mix, a truncation). */
export function versionOf(network: Network, size: number): Version | null {
  for (const version of ['A', 'B'] as const) {
    if (JSON.stringify(network) === JSON.stringify(alternatingNetwork(version, size))) return version;
  }
  return null;
}
