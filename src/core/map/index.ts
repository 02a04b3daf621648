// The network map: data preparation (positions, colours, sizes, highlights, texts) and the HTML page.
// Pure: the `conet map` command reads the browser bundle and writes the file.
export { prepareMap, displayFor, LARGE_MAP, MAP_COLORS, COMMUNITY_PALETTE, type MapOptions } from './prepare-map.js';
export { layoutMap, layoutIterations, type Layout, type LayoutOptions } from './layout-map.js';
export { renderMapPage, serializeForScript, escapeInlineScript, MAP_DATA_ELEMENT_ID, type MapPage } from './render-map-page.js';
export type * from './map-data.js';
export { MAP_DATA_VERSION } from './map-data.js';
