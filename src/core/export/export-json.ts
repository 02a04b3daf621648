// The whole network as JSON, for scripts and for `conet import --format json`.
import type { Network } from '../model.js';

export function exportJson(network: Network): string {
  return `${JSON.stringify(network, null, 2)}\n`;
}
