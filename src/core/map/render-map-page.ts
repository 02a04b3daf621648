// The map as one self-contained HTML page: styles, data and the browser code all inline, and a
// Content-Security-Policy that forbids any network request and any script but the one inlined.
// Names and notes reach the page only as escaped JSON, read by the browser code as text.
import type { MapData } from './map-data.js';

export const MAP_DATA_ELEMENT_ID = 'conet-map-data';

export interface MapPage {
  data: MapData;
  /** The browser bundle (dist/map-client.js). */
  clientScript: string;
  /** Base64 SHA-256 of a text (the command passes node:crypto's; the core stays free of I/O modules). */
  sha256: (text: string) => string;
}

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON that is safe inside a `<script>` element: `<`, `>`, `&` and the two line separators become
 * \u escapes, so no text in the data can close the element or start markup.
 */
export function serializeForScript(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Code that cannot end its `<script>` element early. `</script` and `<!--` can only occur in its
 * strings, regular expressions and comments, where `<\/script` and `\x3C!--` mean the same.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}

export function renderMapPage({ data, clientScript, sha256 }: MapPage): string {
  const script = escapeInlineScript(clientScript);
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(script)}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="conet">
<title>Network map · conet</title>
<style>${STYLE}</style>
</head>
<body>
<header>
  <h1 id="title">Network map</h1>
  <div class="search">
    <input id="search" type="search" placeholder="Find a contact…" autocomplete="off" spellcheck="false" aria-label="Find a contact" aria-controls="matches">
    <ul id="matches" role="listbox" hidden></ul>
  </div>
  <p id="summary"></p>
</header>
<main>
  <div id="map" data-ready="false"></div>
  <aside>
    <section id="details" aria-live="polite"></section>
    <section id="legend" aria-label="Legend"></section>
  </aside>
</main>
<noscript><p class="noscript">The map needs JavaScript to draw the network.</p></noscript>
<script type="application/json" id="${MAP_DATA_ELEMENT_ID}">${serializeForScript(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

const STYLE = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f1f1f;background:#fff}
body{display:flex;flex-direction:column}
header{display:flex;align-items:center;gap:16px;padding:8px 16px;border-bottom:1px solid #e3e5e8;flex-wrap:wrap}
h1{font-size:17px;margin:0}
#summary{margin:0;color:#5f6670}
.search{position:relative}
#search{width:260px;padding:6px 10px;border:1px solid #c4c9d0;border-radius:6px;font:inherit}
#matches{position:absolute;z-index:10;top:100%;left:0;right:0;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid #c4c9d0;border-radius:6px;box-shadow:0 4px 12px rgba(0,0,0,.12)}
#matches button{display:block;width:100%;padding:4px 10px;border:0;background:none;text-align:left;font:inherit;cursor:pointer}
#matches button:hover,#matches button:focus{background:#eef2f7}
#matches .note{color:#5f6670}
main{position:relative;flex:1;min-height:0;display:flex}
#map{flex:1;min-width:0;position:relative}
aside{width:340px;display:flex;flex-direction:column;border-left:1px solid #e3e5e8}
#details{flex:1;overflow:auto;padding:12px 16px}
#details h2{font-size:16px;margin:0 0 2px}
#details h3{font-size:13px;margin:14px 0 4px}
#details .kind{margin:0 0 8px;color:#5f6670}
#details dl{margin:0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
#details dt{color:#5f6670}
#details dd{margin:0;overflow-wrap:anywhere}
#details ul{margin:0;padding-left:18px}
.hint{color:#5f6670}
#legend{padding:8px 16px;border-top:1px solid #e3e5e8;font-size:12px;max-height:45%;overflow:auto}
#legend h2{font-size:12px;margin:0 0 4px;text-transform:uppercase;letter-spacing:.04em;color:#5f6670}
#legend ul{list-style:none;margin:0 0 6px;padding:0}
#legend p{margin:0}
#legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;flex:none}
.swatch.ring{background:transparent;border:2px solid}
.swatch.line{width:18px;height:0;border-radius:0;border-top:2px dashed}
.noscript{padding:16px}
`;
