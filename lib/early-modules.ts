/** A chunk's address as Vite names it (/chunks/<name>-<hash>.js): anything else is not asked for. */
const CHUNK = /^\/chunks\/[\w.~-]+\.js$/;

/**
 * Asks for the page's first-render chunks that the Firefox build named on its <head> script
 * (scripts/head-first.mjs, `data-modules`): one <link rel="modulepreload"> each, as Vite wrote
 * them, now that the <head> script has started instead of competing with it. The module script
 * itself stays in the page (end of <body>): without this, its imports still load, one after the
 * other. Answers how many were asked for.
 */
export function preloadNamedModules(script: { dataset: DOMStringMap } | null | undefined, doc: Document = document): number {
  const named = (script?.dataset.modules ?? '').split(' ').filter((href) => CHUNK.test(href));
  for (const href of named) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    // As Vite's own links (`crossorigin`): the module script is fetched in that mode, and a
    // preload in another mode would be fetched again.
    link.crossOrigin = '';
    link.setAttribute('href', href);
    doc.head.append(link);
  }
  return named.length;
}
