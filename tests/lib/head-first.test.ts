import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { HEAD_SCRIPT, headFirstHtml } from '../../scripts/head-first.mjs';
import { preloadNamedModules } from '../../lib/early-modules';

// The popup's HTML as Vite writes it for Firefox (shortened to three chunks).
const VITE_HTML = `<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="UTF-8">
    <title>Repère</title>
    ${HEAD_SCRIPT}
    <script type="module" crossorigin src="/chunks/popup-DJ2hg_i5.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/_virtual_wxt-plugins-DB4ZMZxa.js">
    <link rel="modulepreload" crossorigin href="/chunks/preload-helper-BK5GdaY8.js">
    <link rel="modulepreload" crossorigin href="/chunks/PartnerSearch-C0USVPig.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-B8_-Fnfl.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`;
const CHUNKS = ['/chunks/_virtual_wxt-plugins-DB4ZMZxa.js', '/chunks/preload-helper-BK5GdaY8.js', '/chunks/PartnerSearch-C0USVPig.js'];

function parse(html: string) {
  const window = new Window({ url: 'moz-extension://repere/popup.html' });
  window.document.write(html);
  return window.document as unknown as Document;
}

describe('the Firefox popup’s <head> script first (scripts/head-first.mjs)', () => {
  it('names the first render’s chunks on the <head> script, with no preload of its own left in the page', () => {
    const doc = parse(headFirstHtml(VITE_HTML));
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    const head = doc.querySelector<HTMLScriptElement>('script[src="/search-preload.js"]')!;
    expect(head.parentElement!.tagName).toBe('HEAD');
    expect(head.dataset.modules!.split(' ')).toEqual(CHUNKS);
  });

  it('keeps the module script, at the end of <body> after the app’s element, and the stylesheets in <head>', () => {
    const doc = parse(headFirstHtml(VITE_HTML));
    const module = doc.querySelectorAll('script[type="module"]');
    expect(module).toHaveLength(1);
    expect(module[0].getAttribute('src')).toBe('/chunks/popup-DJ2hg_i5.js');
    expect(module[0].parentElement!.tagName).toBe('BODY');
    expect(module[0].previousElementSibling!.id).toBe('app');
    expect(doc.querySelector('head link[rel="stylesheet"]')!.getAttribute('href')).toBe('/assets/popup-B8_-Fnfl.css');
  });

  it('leaves a page without the <head> script as Vite wrote it', () => {
    const options = VITE_HTML.replace(HEAD_SCRIPT, '');
    expect(headFirstHtml(options)).toBe(options);
  });

  it('the <head> script asks for exactly those chunks, as Vite’s own preloads (same crossorigin mode)', () => {
    const doc = parse(headFirstHtml(VITE_HTML));
    expect(preloadNamedModules(doc.querySelector<HTMLScriptElement>('script[src="/search-preload.js"]'), doc)).toBe(3);
    const links = [...doc.querySelectorAll<HTMLLinkElement>('head link[rel="modulepreload"]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(CHUNKS);
    expect(links.every((link) => link.getAttribute('crossorigin') === '')).toBe(true);
  });

  it('asks for nothing but chunk addresses, and nothing on a page whose script names none (Chrome)', () => {
    const doc = parse('<!DOCTYPE html><html><head><script src="/search-preload.js" data-modules="/chunks/a-1.js https://ailleurs.example/x.js /options.html javascript:alert(1)"></script></head><body></body></html>');
    expect(preloadNamedModules(doc.querySelector<HTMLScriptElement>('script'), doc)).toBe(1);
    expect([...doc.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual(['/chunks/a-1.js']);
    expect(preloadNamedModules(null, doc)).toBe(0);
    const chrome = parse(VITE_HTML);
    expect(preloadNamedModules(chrome.querySelector<HTMLScriptElement>('script[src="/search-preload.js"]'), chrome)).toBe(0);
  });
});
