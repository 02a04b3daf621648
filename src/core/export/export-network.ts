// One entry point for the text exports. GraphML is written with an XML DOM, which core does not
// import: the caller passes the writer (see src/import-formats/graph-xml.ts).
import type { Network } from '../model.js';
import { exportCsv } from './export-csv.js';
import { exportGexf } from './export-gexf.js';
import { exportJson } from './export-json.js';
import { exportVcard } from './export-vcard.js';
import type { ExportFormat } from './formats.js';
import { networkToGraph, type GraphExport } from './network-graph.js';

export function exportNetwork(network: Network, format: ExportFormat, writeGraphml: (graph: GraphExport) => string): string {
  switch (format) {
    case 'vcard':
      return exportVcard(network);
    case 'csv':
      return exportCsv(network);
    case 'json':
      return exportJson(network);
    case 'gexf':
      return exportGexf(network);
    case 'graphml':
      return writeGraphml(networkToGraph(network));
  }
}
