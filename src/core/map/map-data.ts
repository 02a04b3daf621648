// What the map page receives: everything it draws, already decided (positions, colours, sizes,
// texts). The browser code only displays it, so every choice here is testable without a browser.

export const MAP_DATA_VERSION = 1;

export type MapNodeKind = 'me' | 'prospect' | 'contact' | 'let-go';

export interface MapNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  kind: MapNodeKind;
  /** Index into `legend.communities`, or null for smaller circles, contacts in none, and you. */
  community: number | null;
  /** 0–1, from ties and brokerage: what the size shows. */
  importance: number;
  /** Label and value pairs to show when the contact is selected. */
  details: [string, string][];
  /** What the suggestions say about this contact, each with its reasons. */
  suggestions: MapSuggestion[];
}

export interface MapSuggestion {
  title: string;
  reasons: string[];
}

/** A tie: indices into `nodes`, and its strength 1–5. */
export type MapTie = [number, number, number];

export interface MapIntroduction {
  /** Indices into `nodes`. */
  a: number;
  b: number;
  score: number;
  title: string;
  reasons: string[];
}

export interface LegendCommunity {
  label: string;
  color: string;
  size: number;
}

/** How the page should draw: lighter settings for large networks. */
export interface MapDisplay {
  /** Labels are drawn only for nodes at least this large on screen (sigma's label culling). */
  labelRenderedSizeThreshold: number;
  labelDensity: number;
  /** Skip ties while the camera moves, so panning stays smooth. */
  hideEdgesOnMove: boolean;
  /** How far the camera zooms in on a contact found by the search (sigma camera ratio). */
  focusRatio: number;
}

export interface MapColors {
  me: string;
  otherCommunity: string;
  letGo: string;
  tie: string;
  yourTie: string;
  prospectRing: string;
  introduction: string;
}

export interface MapData {
  version: typeof MAP_DATA_VERSION;
  title: string;
  nodes: MapNode[];
  ties: MapTie[];
  introductions: MapIntroduction[];
  /** The largest circles, and how many smaller ones are left out of the legend (their colours repeat). */
  legend: { communities: LegendCommunity[]; otherCommunities: number; colors: MapColors };
  display: MapDisplay;
  layout: { iterations: number };
}
