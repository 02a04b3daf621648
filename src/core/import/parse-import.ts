// One entry point for the text formats. GEXF and GraphML need an XML DOM, which core does not
// import: the caller passes a reader for them (see src/import-formats/graph-xml.ts).
import { parseGoogle } from './parse-google.js';
import { parseJson } from './parse-json.js';
import { parseLinkedin } from './parse-linkedin.js';
import { parseVcard } from './parse-vcard.js';
import type { ImportFormat, ParsedImport, ProgressListener } from './types.js';

export interface ParseImportOptions {
  /** Strength of the tie to you recorded for each LinkedIn connection. */
  linkedinStrength?: number;
  onProgress?: ProgressListener;
  /** Reads GEXF and GraphML. */
  readGraphXml?: (text: string, format: 'gexf' | 'graphml') => ParsedImport;
}

export function parseImport(text: string, format: ImportFormat, options: ParseImportOptions = {}): ParsedImport {
  switch (format) {
    case 'vcard':
      return parseVcard(text);
    case 'linkedin':
      return parseLinkedin(text, { ...(options.linkedinStrength !== undefined && { strength: options.linkedinStrength }), ...(options.onProgress && { onProgress: options.onProgress }) });
    case 'google':
      return parseGoogle(text, { ...(options.onProgress && { onProgress: options.onProgress }) });
    case 'json':
      return parseJson(text);
    case 'gexf':
    case 'graphml':
      if (!options.readGraphXml) throw new Error(`No ${format} reader was given.`);
      return options.readGraphXml(text, format);
  }
}
