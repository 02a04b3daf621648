// One entry point for the text formats. Each format's parser (and its library: csv-parse,
// ical.js) is loaded only for a file of that format: a LinkedIn import need not load the vCard
// and XML code. GEXF and GraphML need an XML DOM, which core does not import: the caller passes
// a reader for them (see src/import-formats/graph-xml.ts).
import type { ImportFormat, ParsedImport, ProgressListener } from './types.js';

export interface ParseImportOptions {
  /** Strength of the tie to you recorded for each LinkedIn connection. */
  linkedinStrength?: number;
  onProgress?: ProgressListener;
  /** Reads GEXF and GraphML. */
  readGraphXml?: (text: string, format: 'gexf' | 'graphml') => ParsedImport | Promise<ParsedImport>;
}

export async function parseImport(text: string, format: ImportFormat, options: ParseImportOptions = {}): Promise<ParsedImport> {
  const onProgress = options.onProgress && { onProgress: options.onProgress };
  switch (format) {
    case 'vcard':
      return (await import('./parse-vcard.js')).parseVcard(text);
    case 'linkedin':
      return (await import('./parse-linkedin.js')).parseLinkedin(text, { ...(options.linkedinStrength !== undefined && { strength: options.linkedinStrength }), ...onProgress });
    case 'google':
      return (await import('./parse-google.js')).parseGoogle(text, { ...onProgress });
    case 'json':
      return (await import('./parse-json.js')).parseJson(text);
    case 'gexf':
    case 'graphml':
      if (!options.readGraphXml) throw new Error(`No ${format} reader was given.`);
      return options.readGraphXml(text, format);
  }
}
