// Types of generate-network.mjs, for the tests that use its realistic networks.
import type { Network } from '../src/core/model.js';

/** A seeded synthetic network of `size` contacts with realistic fields and ~2 ties each. */
export function generateNetwork(size: number, seed?: number): Network;
/** A LinkedIn connections export of `size` rows. */
export function toLinkedInCsv(size: number, seed?: number): string;
