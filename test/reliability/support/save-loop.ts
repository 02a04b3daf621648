// Child process for the kill test: saves the network file over and over, switching between the
// two versions, and prints one line per completed save, until it is killed.
//   node save-loop.mjs <file> <size>
import { NetworkStore } from '../../../src/store/network-store.js';
import { alternatingNetwork, versionOf } from './alternating-networks.js';

const [file, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
const store = new NetworkStore({ path: file!, source: 'flag' });
for (;;) {
  await store.update((current) => alternatingNetwork(versionOf(current, size) === 'A' ? 'B' : 'A', size));
  process.stdout.write('saved\n');
}
