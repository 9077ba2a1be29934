// Firefox build step (wxt.config.ts, hook build:done): lets the <head> script of the popup and
// the side panel (entrypoints/search-preload.ts) load before the page's bundle competes with it.
//
// Vite writes a <link rel="modulepreload"> per chunk of the page's first render (17 in the popup)
// beside the module script, all in <head>. Firefox fetches them while the parser waits for the
// classic <head> script, and that script, which starts reading the stored index, ran 10–25 ms
// later than in a page without them (toolbar popup, issue 20: domInteractive 41 against 26 ms in
// a row, 59 against 34 ms after a pause). Here the chunks' addresses move to the <head> script's
// `data-modules`: the script asks for them itself (lib/early-modules.ts) once it has started,
// and the module script moves to the end of <body> (parsed there, still run after parsing).
// The stylesheets stay where they are. A page without that <head> script is left as it is.

/** The <head> script that reads the stored search index (entrypoints/search-preload.ts). */
export const HEAD_SCRIPT = '<script src="/search-preload.js"></script>';

const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\n?/g;
const MODULE_SCRIPT = /[ \t]*<script type="module"[^>]*><\/script>\n?/;

/**
 * The page's HTML with its module preloads named on the <head> script instead, and its module
 * script at the end of <body>. Unchanged without the <head> script, a module script or preloads.
 * @param {string} html
 * @returns {string}
 */
export function headFirstHtml(html) {
  const module = html.match(MODULE_SCRIPT);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  if (!html.includes(HEAD_SCRIPT) || !module || preloads.length === 0 || !html.includes('</body>')) return html;
  const named = HEAD_SCRIPT.replace('></script>', ` data-modules="${preloads.join(' ')}"></script>`);
  return html
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, '')
    .replace(HEAD_SCRIPT, named)
    .replace('</body>', `  ${module[0].trim()}\n  </body>`);
}
