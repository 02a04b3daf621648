// GEXF and GraphML, the formats Gephi, yEd, Cytoscape and NetworkX exchange networks in.
// Parsing uses graphology-gexf / graphology-graphml with @xmldom/xmldom's DOMParser injected.
// This module (not src/core) holds them because they need an XML DOM; what the graph means for
// conet is decided in core (`importGraph`, `networkToGraph`).
//
// Before the libraries see a document, `checkElements` removes what would make them throw for
// the whole file (nodes without or with duplicate ids, edges to unknown nodes) and reports each
// with its line, and `normaliseGraphmlKeys` works around graphology-graphml crashing on keys
// declared `for="all"` and losing yEd's node labels.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { importGraph, YED_LABEL } from '../core/import/graph-to-import.js';
import type { ImportProblem, ParsedImport } from '../core/import/types.js';
import { stripBom } from '../core/import/source-text.js';
import { CONET_GRAPH_ID } from '../core/export/network-graph.js';

const DocumentClass = new DOMParser().parseFromString('<t/>', 'application/xml').constructor;
const parseGexfDocument = createGexfParser(DOMParser, DocumentClass);
const parseGraphmlDocument = createGraphmlParser(DOMParser, DocumentClass);

export function readGraphXml(text: string, format: 'gexf' | 'graphml'): ParsedImport {
  const problems: ImportProblem[] = [];
  const kind = format === 'gexf' ? 'GEXF' : 'GraphML';
  const document = parseXml(text, kind, problems);
  if (!document) return { contacts: [], relationships: [], problems };
  const root = format === 'gexf' ? 'gexf' : 'graphml';
  if (document.documentElement?.localName !== root || document.getElementsByTagName('graph').length === 0) {
    return { contacts: [], relationships: [], problems: [{ line: 1, message: `not a ${kind} file (no <${root}> with a <graph> inside)` }] };
  }
  if (format === 'graphml') normaliseGraphmlKeys(document);
  const lines = checkElements(document, problems);
  const fromConet = isConetExport(document, format);
  try {
    const graph =
      format === 'gexf'
        ? parseGexfDocument(Graph, document, { allowUndeclaredAttributes: true })
        : parseGraphmlDocument(Graph, document);
    return importGraph(graph, lines, problems, { fromConet });
  } catch (error) {
    return { contacts: [], relationships: [], problems: [...problems, { line: 1, message: `the graph could not be read: ${(error as Error).message}` }] };
  }
}

/** Stops at the first error: XML has no recovery, and what a parser says after one is noise. */
function parseXml(text: string, kind: string, problems: ImportProblem[]): Document | null {
  const source = stripBom(text);
  if (!source.trimStart().startsWith('<')) {
    problems.push({ line: 1, message: `not a ${kind} file: it is not XML` });
    return null;
  }
  let first: ImportProblem | undefined;
  const parser = new DOMParser({
    onError: (level, message, context: { locator?: { lineNumber?: number } } | undefined) => {
      if (level === 'warning') return;
      // xmldom says line 0 for errors found at the end of the text.
      first = { line: Math.max(1, context?.locator?.lineNumber ?? lineOfMessage(message)), message: `XML ${cleanXmlMessage(message)}` };
      throw new Error(message);
    },
  });
  try {
    return parser.parseFromString(source, 'application/xml');
  } catch (error) {
    const located = error as { locator?: { lineNumber?: number }; message: string };
    problems.push(first ?? { line: Math.max(1, located.locator?.lineNumber ?? 1), message: `XML ${cleanXmlMessage(located.message)}` });
    return null;
  }
}

/** conet's own exports keep contact ids as node ids; other tools' ids ("0", "n12") are not kept. */
function isConetExport(document: Document, format: 'gexf' | 'graphml'): boolean {
  if (format === 'graphml') return document.getElementsByTagName('graph')[0]?.getAttribute('id') === CONET_GRAPH_ID;
  return Array.from(document.getElementsByTagName('creator')).some((element) => element.textContent?.trim() === CONET_GRAPH_ID);
}

function lineOfMessage(message: string): number {
  return Number(/line:(\d+)/.exec(message)?.[1] ?? 1);
}

/** One short line: xmldom quotes the offending text, which can be the rest of the file. */
function cleanXmlMessage(message: string): string {
  return message
    .replace(/\s*\n?@#\[line:\d+,col:\d+\]\s*$/, '')
    .replace(/^\[xmldom \w+\]\s*/, '')
    .replace(/\s+/g, ' ')
    .replace(/'([^']{40})[^']+'/g, "'$1…'")
    .trim();
}

/**
 * Drops the nodes and edges the libraries would reject for the whole file, reporting each, and
 * returns the lines of those that remain (in document order, which is the graph's order).
 */
function checkElements(document: Document, problems: ImportProblem[]): { nodes: number[]; edges: number[] } {
  const nodeIds = new Set<string>();
  const nodes: number[] = [];
  const edges: number[] = [];
  for (const element of Array.from(document.getElementsByTagName('node'))) {
    const id = element.getAttribute('id');
    const line = element.lineNumber ?? 1;
    if (!id) {
      problems.push({ line, message: 'node without an id' });
      element.parentNode?.removeChild(element);
    } else if (nodeIds.has(id)) {
      problems.push({ line, message: `node id "${id}" is used twice` });
      element.parentNode?.removeChild(element);
    } else {
      nodeIds.add(id);
      nodes.push(line);
    }
  }
  for (const element of Array.from(document.getElementsByTagName('edge'))) {
    const line = element.lineNumber ?? 1;
    const missing = ['source', 'target'].map((end) => element.getAttribute(end) ?? '').filter((id) => !nodeIds.has(id));
    if (missing.length > 0) {
      problems.push({ line, message: `edge refers to ${missing.map((id) => (id ? `unknown node "${id}"` : 'no node')).join(' and ')}` });
      element.parentNode?.removeChild(element);
    } else {
      edges.push(line);
    }
  }
  return { nodes, edges };
}

/**
 * graphology-graphml reads `<key for="all">` as a model it does not have (TypeError), keys for
 * anything but nodes, edges and the graph (yEd's `for="graphml"` resources, `for="port"`) as a
 * crash, keys without attr.name as an attribute called "undefined", and unknown attr.type values
 * as a crash. yEd keeps node labels in `yfiles.type="nodegraphics"` keys; their label is read as
 * "yed label", used when no name or label attribute gives the name.
 */
function normaliseGraphmlKeys(document: Document): void {
  const known = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);
  const dropped = new Set<string>();
  for (const key of Array.from(document.getElementsByTagName('key'))) {
    const target = key.getAttribute('for') ?? 'node';
    if (!['node', 'edge', 'graph', 'all'].includes(target)) {
      dropped.add(key.getAttribute('id') ?? '');
      key.parentNode?.removeChild(key);
      continue;
    }
    const yfiles = key.getAttribute('yfiles.type');
    if (yfiles === 'nodegraphics' || yfiles === 'edgegraphics') key.setAttribute('attr.name', YED_LABEL);
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', key.getAttribute('id') ?? 'unnamed');
    if (!known.has(key.getAttribute('attr.type') ?? 'string')) key.setAttribute('attr.type', 'string');
    if (target === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key);
      }
    }
  }
  for (const data of Array.from(document.getElementsByTagName('data'))) {
    if (dropped.has(data.getAttribute('key') ?? '')) {
      data.parentNode?.removeChild(data);
    } else if (data.getElementsByTagName('*').length > 0) {
      // yEd's graphics: the first label's text, without the layout whitespace around it.
      const label = Array.from(data.getElementsByTagName('*')).find((element) => /^(Node|Edge)Label$/.test(element.localName ?? ''));
      const text = (label ?? data).textContent?.trim() ?? '';
      while (data.firstChild) data.removeChild(data.firstChild);
      data.appendChild(document.createTextNode(text));
    }
  }
}
