// Escaping for the XML exports (GEXF, GraphML), which are written as text, line by line.

/** XML 1.0 cannot hold these characters at all, even escaped: they are left out. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};
const reference = (character: string) => REFERENCES[character]!;

/**
 * An element's text. Line feeds stay as they are; a carriage return, and the line ends of XML 1.1
 * and Unicode (which @xmldom/xmldom reads as line feeds), become character references, which a
 * parser keeps.
 */
export function escapeXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>\r\u0085\u2028\u2029]/g, reference);
}

/**
 * A double-quoted attribute's value, escaped as graphology-gexf's writer (xml-writer) escapes it,
 * and the line ends of XML 1.1 and Unicode too: tabs and line breaks become character references,
 * which a parser would otherwise read as spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<"\t\n\r\u0085\u2028\u2029]/g, reference);
}
