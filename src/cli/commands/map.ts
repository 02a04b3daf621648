// `conet map`: the network as one self-contained, interactive HTML page.
import { createHash } from 'node:crypto';
import { prepareMap, renderMapPage, type MapData } from '../../core/map/index.js';
import { readPackageFile, writeOutputFile } from '../../store/output-file.js';
import type { CliContext } from '../context.js';
import { loadGraph } from '../load-graph.js';
import { plural, print, say, success } from '../output.js';

export interface MapOptions {
  out?: string;
  force?: true;
}

export const DEFAULT_MAP_FILE = 'conet-map.html';
/** The browser code, built by scripts/build.mjs and shipped in dist/. */
const CLIENT_BUNDLE = 'dist/map-client.js';

export async function mapCommand(context: CliContext, options: MapOptions): Promise<void> {
  const file = options.out ?? DEFAULT_MAP_FILE;
  const clientScript = await readPackageFile(CLIENT_BUNDLE);
  const { store, network, graph, communities, brokerage, close } = await loadGraph(context, undefined, { communitiesAlongside: true });

  const started = performance.now();
  let data: MapData;
  try {
    // Brokerage is measured here while the communities are found alongside.
    const betweenness = await brokerage();
    data = prepareMap(network, graph, { today: context.today(), communities: await communities(), betweenness });
  } finally {
    close();
  }
  const html = renderMapPage({ data, clientScript, sha256: (text) => createHash('sha256').update(text).digest('base64') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const path = await writeOutputFile(context.cwd, file, html, { force: options.force, networkFile: store.path });

  success(context, `Drew ${plural(network.contacts.length, 'contact')} and ${plural(data.introductions.length, 'suggested introduction')} in ${file}.`);
  say(context, `  Layout: ${plural(data.layout.iterations, 'iteration')} of ForceAtlas2; ${seconds} s in all. Open the file in a browser: it works offline.`);
  print(context, path);
}
