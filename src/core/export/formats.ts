// The formats `conet export` writes, and how a file name suggests one.
export const EXPORT_FORMATS = ['vcard', 'csv', 'json', 'gexf', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ExportFormat> = {
  vcf: 'vcard',
  vcard: 'vcard',
  csv: 'csv',
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
};

export function exportFormatOf(fileName: string): ExportFormat | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || null;
}
