/// <reference lib="dom" />
// The map page's code, bundled for the browser (scripts/build.mjs) and inlined by `conet map`.
// It only displays what the export decided (src/core/map): positions, colours, sizes and texts.
// Every text from the data is written with textContent, never parsed as HTML.
import Graph from 'graphology';
import Sigma from 'sigma';
import type { MapData, MapNode } from '../core/map/map-data.js';
import { MAP_DATA_ELEMENT_ID } from '../core/map/render-map-page.js';

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  forceLabel: boolean;
  zIndex: number;
}

interface EdgeAttributes {
  size: number;
  color: string;
}

/** What tests (and curious users, from the console) can ask the page. */
interface MapHooks {
  nodeCount: number;
  edgeCount: number;
  introductionCount: number;
  /** Finds the best match, selects it and moves the camera to it; returns its id or null. */
  search(query: string): string | null;
  /** The ids of the best matches, best first. */
  matches(query: string, limit?: number): string[];
  select(id: string | null): void;
  selected(): string | null;
  /** Where a node is drawn, in pixels from the map's top-left corner (null if unknown). */
  locate(id: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    conetMap?: MapHooks;
  }
}

const MAX_MATCHES = 8;
const DIM = '#eceef1';

const data = JSON.parse(document.getElementById(MAP_DATA_ELEMENT_ID)!.textContent!) as MapData;
const container = document.getElementById('map')!;
const detailsPanel = document.getElementById('details')!;
const { colors } = data.legend;
const byId = new Map(data.nodes.map((node) => [node.id, node]));

const graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'undirected' });
for (const node of data.nodes) {
  const highlighted = node.kind === 'me' || node.kind === 'prospect';
  graph.addNode(node.id, {
    x: node.x,
    y: node.y,
    size: node.size,
    color: node.color,
    label: node.label,
    forceLabel: highlighted,
    zIndex: highlighted ? 2 : node.kind === 'let-go' ? 0 : 1,
  });
}
for (const [a, b, strength] of data.ties) {
  const source = data.nodes[a]!;
  const target = data.nodes[b]!;
  const yours = source.kind === 'me' || target.kind === 'me';
  graph.addEdge(source.id, target.id, { size: 0.5 + strength * 0.25, color: yours ? colors.yourTie : colors.tie });
}

let selected: string | null = null;
let hovered: string | null = null;
let neighbours = new Set<string>();

const renderer = new Sigma(graph, container, {
  labelRenderedSizeThreshold: data.display.labelRenderedSizeThreshold,
  labelDensity: data.display.labelDensity,
  hideEdgesOnMove: data.display.hideEdgesOnMove,
  hideLabelsOnMove: data.display.hideEdgesOnMove,
  labelFont: 'system-ui, sans-serif',
  zIndex: true,
  nodeReducer: (node, attributes) => {
    if (selected === null || node === selected || neighbours.has(node)) return node === selected ? { ...attributes, highlighted: true } : attributes;
    return { ...attributes, color: DIM, label: null, forceLabel: false, zIndex: 0 };
  },
  edgeReducer: (edge, attributes) => (selected === null || graph.hasExtremity(edge, selected) ? attributes : { ...attributes, hidden: true }),
});

centreOnYou();
drawOverlay();
showDetails(null);
showLegend();
showSummary();
wireSearch();

renderer.on('enterNode', ({ node }) => {
  hovered = node;
  showDetails(node);
});
renderer.on('leaveNode', () => {
  hovered = null;
  showDetails(selected);
});
renderer.on('clickNode', ({ node }) => select(node));
renderer.on('clickStage', () => select(null));

function select(id: string | null): void {
  selected = id !== null && byId.has(id) ? id : null;
  neighbours = new Set(selected === null ? [] : graph.neighbors(selected));
  container.dataset.selected = selected ?? '';
  showDetails(hovered ?? selected);
  renderer.refresh({ skipIndexation: true });
}

function focus(id: string): void {
  select(id);
  const position = renderer.getNodeDisplayData(id);
  if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: data.display.focusRatio }, { duration: 400 });
}

/** Sigma frames the whole network; move the camera so that you are in the middle, everyone still in view. */
function centreOnYou(): void {
  const you = data.nodes.find((node) => node.kind === 'me');
  const position = you && renderer.getNodeDisplayData(you.id);
  if (!position) return;
  const offset = Math.max(Math.abs(position.x - 0.5), Math.abs(position.y - 0.5));
  renderer.getCamera().setState({ x: position.x, y: position.y, ratio: 1 + 2 * offset });
}

/**
 * Suggested introductions as dashed lines and rings around your challenging contacts, on a canvas
 * between sigma's ties and nodes. There are few of each, so drawing them every frame costs little.
 */
function drawOverlay(): void {
  const canvas = renderer.createCanvas('conet-overlay', { afterLayer: 'edges' });
  canvas.style.pointerEvents = 'none';
  const context = canvas.getContext('2d')!;
  const prospects = data.nodes.filter((node) => node.kind === 'prospect');
  renderer.on('afterRender', () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.lineWidth = 2.5;
    context.strokeStyle = colors.introduction;
    context.setLineDash([7, 5]);
    for (const introduction of data.introductions) {
      const a = data.nodes[introduction.a]!;
      const b = data.nodes[introduction.b]!;
      if (selected !== null && selected !== a.id && selected !== b.id) continue;
      const from = renderer.graphToViewport(a);
      const to = renderer.graphToViewport(b);
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    }
    context.setLineDash([]);
    context.lineWidth = 3;
    context.strokeStyle = colors.prospectRing;
    for (const prospect of prospects) {
      const at = renderer.graphToViewport(prospect);
      const radius = renderer.scaleSize(renderer.getNodeDisplayData(prospect.id)?.size ?? prospect.size) + 4;
      if (at.x < -radius || at.y < -radius || at.x > width + radius || at.y > height + radius) continue;
      context.beginPath();
      context.arc(at.x, at.y, radius, 0, 2 * Math.PI);
      context.stroke();
    }
  });
  renderer.refresh();
}

function showDetails(id: string | null): void {
  detailsPanel.replaceChildren();
  const node = id === null ? undefined : byId.get(id);
  if (!node) {
    detailsPanel.append(element('p', 'Point at a contact to see who they are and what conet suggests; click to keep them selected.', 'hint'));
    return;
  }
  detailsPanel.append(element('h2', node.label), element('p', describeKind(node), 'kind'));
  const list = document.createElement('dl');
  for (const [label, value] of node.details) list.append(element('dt', label), element('dd', value));
  detailsPanel.append(list);
  for (const suggestion of node.suggestions) {
    const reasons = document.createElement('ul');
    for (const reason of suggestion.reasons) reasons.append(element('li', reason));
    detailsPanel.append(element('h3', suggestion.title), reasons);
  }
}

function describeKind(node: MapNode): string {
  switch (node.kind) {
    case 'me':
      return 'You, at the centre of your network';
    case 'prospect':
      return 'One of your challenging contacts';
    case 'let-go':
      return 'Not a collaborator for now: left out of suggestions';
    default:
      return node.community === null ? 'Contact' : `Contact in ${data.legend.communities[node.community]!.label}`;
  }
}

function showLegend(): void {
  const legend = document.getElementById('legend')!;
  const list = (title: string, items: [swatch: HTMLElement, text: string][]) => {
    const entries = document.createElement('ul');
    for (const [swatch, text] of items) {
      const item = document.createElement('li');
      item.append(swatch, document.createTextNode(text));
      entries.append(item);
    }
    legend.append(element('h2', title), entries);
  };
  const circles: [HTMLElement, string][] = data.legend.communities.map((community) => [swatch(community.color), `${community.label} (${community.size})`]);
  if (data.legend.otherCommunities > 0) circles.push([swatch('transparent'), `…and ${data.legend.otherCommunities} smaller circles (colours repeat)`]);
  if (data.nodes.some((node) => node.kind !== 'me' && node.color === colors.otherCommunity)) {
    circles.push([swatch(colors.otherCommunity), 'In no circle: no ties among your contacts']);
  }
  list('Circles', circles);
  list('Highlights', [
    [swatch(colors.me), 'You'],
    [swatch(colors.prospectRing, 'ring'), 'Challenging contact (prospect)'],
    [swatch(colors.introduction, 'line'), 'Suggested introduction'],
    [swatch(colors.letGo), 'Not a collaborator for now'],
  ]);
  legend.append(element('p', 'Larger dots: more ties and more brokerage between circles.', 'hint'));
}

function showSummary(): void {
  const contacts = data.nodes.length - 1;
  document.getElementById('title')!.textContent = data.title;
  document.title = `${data.title} · conet`;
  document.getElementById('summary')!.textContent =
    `${contacts} ${contacts === 1 ? 'contact' : 'contacts'} · ${data.ties.length} ties · ${data.introductions.length} suggested introductions`;
}

function wireSearch(): void {
  const input = document.getElementById('search') as HTMLInputElement;
  const list = document.getElementById('matches')!;
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  input.addEventListener('input', () => {
    const found = findMatches(input.value, MAX_MATCHES);
    list.replaceChildren();
    for (const node of found) {
      const button = element('button', node.label);
      button.type = 'button';
      const org = node.details.find(([label]) => label === 'Organisation');
      if (org) button.append(element('span', ` · ${org[1]}`, 'note'));
      button.addEventListener('click', () => {
        input.value = node.label;
        close();
        focus(node.id);
      });
      const item = document.createElement('li');
      item.append(button);
      list.append(item);
    }
    list.hidden = found.length === 0;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      search(input.value);
      close();
    } else if (event.key === 'Escape') {
      input.value = '';
      close();
    }
  });
}

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** Exact name or id first, then names that start with the query, then a word that does, then anywhere. */
function findMatches(query: string, limit: number): MapNode[] {
  const wanted = normalise(query);
  if (wanted === '') return [];
  const ranked: { node: MapNode; rank: number }[] = [];
  for (const node of data.nodes) {
    const name = normalise(node.label);
    const rank =
      name === wanted || node.id === wanted ? 0 : name.startsWith(wanted) ? 1 : name.split(/\s+/).some((word) => word.startsWith(wanted)) ? 2 : name.includes(wanted) ? 3 : -1;
    if (rank >= 0) ranked.push({ node, rank });
  }
  ranked.sort((x, y) => x.rank - y.rank || y.node.importance - x.node.importance || (x.node.label < y.node.label ? -1 : x.node.label > y.node.label ? 1 : 0));
  return ranked.slice(0, limit).map((entry) => entry.node);
}

function search(query: string): string | null {
  const [best] = findMatches(query, 1);
  if (!best) return null;
  focus(best.id);
  return best.id;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  if (className) created.className = className;
  return created;
}

function swatch(color: string, variant?: 'ring' | 'line'): HTMLElement {
  const shape = document.createElement('span');
  shape.className = variant ? `swatch ${variant}` : 'swatch';
  if (variant) shape.style.borderColor = color;
  else shape.style.background = color;
  return shape;
}

window.conetMap = {
  nodeCount: graph.order,
  edgeCount: graph.size,
  introductionCount: data.introductions.length,
  search,
  matches: (query, limit = MAX_MATCHES) => findMatches(query, limit).map((node) => node.id),
  select,
  selected: () => selected,
  locate: (id) => {
    const node = byId.get(id);
    return node ? renderer.graphToViewport(node) : null;
  },
};
Object.assign(container.dataset, {
  nodeCount: String(graph.order),
  edgeCount: String(graph.size),
  introductionCount: String(data.introductions.length),
  selected: '',
  ready: 'true',
});
