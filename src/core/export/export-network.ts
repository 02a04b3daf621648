// One entry point for the text exports. Each format's writer (and its library: csv-stringify for
// CSV, ical.js for vCard) is loaded only for an export in that format.
import type { Network } from '../model.js';
import type { ExportFormat } from './formats.js';

export async function exportNetwork(network: Network, format: ExportFormat): Promise<string> {
  switch (format) {
    case 'vcard':
      return (await import('./export-vcard.js')).exportVcard(network);
    case 'csv':
      return (await import('./export-csv.js')).exportCsv(network);
    case 'json':
      return (await import('./export-json.js')).exportJson(network);
    case 'gexf':
      return (await import('./export-gexf.js')).exportGexf(network);
    case 'graphml':
      return (await import('./export-graphml.js')).exportGraphml(network);
  }
}
