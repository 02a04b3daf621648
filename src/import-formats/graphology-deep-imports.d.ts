// The DOM-independent halves of graphology-gexf and graphology-graphml. Their package entry
// points bundle their own (older) @xmldom/xmldom; conet injects its own DOMParser instead.
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: unknown, options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean }) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: unknown, options?: { addMissingNodes?: boolean }) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-gexf/common/writer.js' {
  export { write as default } from 'graphology-gexf';
}
