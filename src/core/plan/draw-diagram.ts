// The plan's map as a Mermaid flowchart: you, your challenging contacts with the warm path to
// each, and the introductions you could make. Ids are sanitised and labels escaped, so no name
// can break the diagram or inject markup into it.

export interface DiagramInput {
  /** Your name, or null for "You". */
  you: string | null;
  prospects: { id: string; name: string; reachable: boolean }[];
  /** Each path from you, as the people after you in order (ending with the prospect). */
  paths: { id: string; name: string }[][];
  introductions: { a: { id: string; name: string }; b: { id: string; name: string } }[];
}

const YOU = 'you';

/**
 * A Mermaid node id for a contact: letters, digits and underscores only (a dash could be read as
 * part of an arrow), prefixed so it is never a keyword such as `end`. Contact ids never contain
 * `_`, so dashes become underscores; anything else becomes its code in hex.
 */
export function mermaidId(contactId: string): string {
  const safe = contactId.replace(/[^A-Za-z0-9]/g, (character) => (character === '-' ? '_' : `_${character.codePointAt(0)!.toString(16)}_`));
  return `c_${safe}`;
}

/** Mermaid entity codes for everything that could end a quoted label or be read as markup. */
const LABEL_ENTITIES: Record<string, string> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '\\': '#92;',
};

/** A label for inside double quotes: one line, special characters as Mermaid entity codes. */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/["#&<>`\\]/g, (character) => LABEL_ENTITIES[character]!);
}

export function drawDiagram(input: DiagramInput): { mermaid: string; empty: boolean } {
  const nodes = new Map<string, string>();
  const addNode = (id: string, name: string) => {
    if (!nodes.has(id)) nodes.set(id, name);
  };
  for (const prospect of input.prospects) addNode(prospect.id, prospect.name);
  for (const path of input.paths) for (const step of path) addNode(step.id, step.name);
  for (const { a, b } of input.introductions) {
    addNode(a.id, a.name);
    addNode(b.id, b.name);
  }

  const lines = ['flowchart LR', `  ${YOU}(("${escapeMermaidLabel(input.you ?? 'You')}"))`];
  for (const [id, name] of nodes) lines.push(`  ${mermaidId(id)}["${escapeMermaidLabel(name)}"]`);

  const edges = new Set<string>();
  for (const path of input.paths) {
    let previous = YOU;
    for (const step of path) {
      const next = mermaidId(step.id);
      edges.add(`  ${previous} --> ${next}`);
      previous = next;
    }
  }
  for (const { a, b } of input.introductions) edges.add(`  ${mermaidId(a.id)} -.-|introduce| ${mermaidId(b.id)}`);
  lines.push(...edges);

  lines.push('  classDef you fill:#dbe9ff,stroke:#2f6fd6', `  class ${YOU} you`);
  const prospects = input.prospects.filter((prospect) => prospect.reachable).map((prospect) => mermaidId(prospect.id));
  const unreached = input.prospects.filter((prospect) => !prospect.reachable).map((prospect) => mermaidId(prospect.id));
  if (prospects.length > 0) lines.push('  classDef prospect fill:#fff3c4,stroke:#c99a00', `  class ${prospects.join(',')} prospect`);
  if (unreached.length > 0) {
    lines.push('  classDef unreached fill:#fff3c4,stroke:#c99a00,stroke-dasharray:4 3', `  class ${unreached.join(',')} unreached`);
  }
  return { mermaid: lines.join('\n'), empty: nodes.size === 0 };
}
