import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import { CaseTabMessageSchema } from '../lib/messages/case-tab';
import { createPageWatcher } from '../lib/case-file/page-watcher';
import { clearHighlight, highlightNeed } from '../lib/case-file/highlight';
import { explainNeeds } from '../lib/case-file/explain';
import { markedReadOnce } from '../lib/case-file/read-once';
import { CASE_SITES_KEY, storedCaseSites } from '../lib/permissions/origin-uses';

/** A second injection (« Lire ce dossier » on a page already read) asks the running one to read again. */
const RUNNING = Symbol.for('repere.case-file');
/** `load`: read by the background (scripting.executeScript, this isolated world) to tell this page's messages from a page the tab left. */
type Running = { reread(): void; isValid(): boolean; stop(): void; load: string };

/**
 * « Pour ce dossier »: reads the case file on screen with readPageNeeds and sends the background
 * the needs' ids only. Registered at run time for the sites the counsellor switched on (all
 * frames), or injected once into the active tab through activeTab. Adds nothing to the page.
 *
 * An unlisted script rather than a WXT content script: WXT's ContentScriptContext announces each
 * start with a DOM event on the page's document (and watches the URL through another), which a
 * page script can observe (Repère is there) and forge (the reader stops). Here nothing the page
 * can see or send reaches the reader: its state lives in the extension's isolated world, a newer
 * copy of itself finds the older one there, and only the extension's own messages are obeyed.
 */
export default defineUnlistedScript(() => {
  // Firefox's match patterns carry no port: the script registered for http://127.0.0.1:8080 is
  // also injected on 127.0.0.1:9090. There it reads nothing unless that origin is a site switched
  // on, or the tab is being read once (« Lire ce dossier » marks it first): a site address with a
  // port means that port. Chrome's patterns have the port, so its reader starts at once.
  if (!import.meta.env.FIREFOX || markedReadOnce()) return start();
  void browser.storage.local.get(CASE_SITES_KEY).then(
    (stored) => storedCaseSites(stored).includes(location.origin) && start(),
    () => undefined,
  );
});

function start() {
  const globals = globalThis as unknown as Record<symbol, Running | undefined>;
  const running = globals[RUNNING];
  if (running?.isValid()) return running.reread();
  running?.stop();

  const life = new AbortController();
  const signal = life.signal;
  /** The extension was reloaded or removed: this copy stops (the browser leaves it orphaned). */
  const isValid = () => {
    if (!signal.aborted && browser.runtime?.id == null) stop();
    return !signal.aborted;
  };
  const later = (handler: () => void, ms: number): number => {
    const id = setTimeout(() => isValid() && handler(), ms) as unknown as number;
    signal.addEventListener('abort', () => clearTimeout(id));
    return id;
  };
  /** Drawn once per page load, never derived from the page: tells this document's messages from an earlier one's. */
  const load = crypto.randomUUID();

  const highlightApi = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
    ? { highlights: (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights, Highlight: (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight }
    : undefined;

  const watcher = createPageWatcher(
    {
      document,
      now: () => performance.now(),
      setTimeout: later,
      clearTimeout: (id) => clearTimeout(id),
      pause: () => new Promise<void>((resume) => later(resume, 0)),
      send: (needs) => {
        if (isValid()) browser.runtime.sendMessage({ type: 'case:needs', needs, load }).catch(() => undefined);
      },
    },
    { computedStyle: true },
  );

  // A tab in the background is read again when the counsellor comes back to it, not while hidden.
  let missed = false;
  const changed = () => {
    if (document.hidden) missed = true;
    else watcher.changed();
  };
  const observer = new MutationObserver(changed);
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open', 'aria-hidden', 'aria-expanded', 'aria-checked', 'class', 'style', 'inert'] });
  const listen = { capture: true, passive: true, signal };
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && missed) {
      missed = false;
      watcher.changed();
    }
  }, { signal });
  // Typing changes a field's value without a DOM mutation.
  document.addEventListener('input', changed, listen);
  document.addEventListener('change', changed, listen);
  // In-page navigation: the Navigation API where there is one, else the address checked each second.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') navigation.addEventListener('navigatesuccess', changed, { signal });
  else {
    let address = location.href;
    const poll = () => {
      if (location.href !== address) {
        address = location.href;
        changed();
      }
      later(poll, 1000);
    };
    later(poll, 1000);
  }
  window.addEventListener('popstate', changed, { signal });
  // A page shown again from the back-forward cache, or a prerendered page now on screen: its tab was
  // cleared meanwhile (the background hears only the page on screen), so the needs are sent again.
  window.addEventListener('pageshow', (event) => (event as PageTransitionEvent).persisted && void watcher.readNow(), { signal });
  document.addEventListener('prerenderingchange', () => void watcher.readNow(), { signal });

  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    if (sender.id !== browser.runtime.id || !isValid()) return;
    const parsed = CaseTabMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'case:highlight') highlightNeed(document, watcher.needs(), message.category, highlightApi);
    else if (message.type === 'case:reread') void watcher.readNow();
    // « Pourquoi ? »: the statements behind each need go to the extension page that asked, in its
    // memory only; never to the background.
    else if (message.type === 'case:explain') sendResponse(explainNeeds(watcher.needs()));
    else stop();
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  function stop() {
    if (!signal.aborted) life.abort();
    observer.disconnect();
    watcher.stop();
    clearHighlight(highlightApi);
    browser.runtime.onMessage.removeListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
    if (globals[RUNNING] === self) delete globals[RUNNING];
  }
  const self: Running = { reread: () => void watcher.readNow(), isValid, stop, load };
  globals[RUNNING] = self;
  void watcher.readNow();
}
