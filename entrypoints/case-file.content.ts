import { browser } from 'wxt/browser';
import { CaseTabMessageSchema } from '../lib/messages/case-tab';
import { createPageWatcher } from '../lib/case-file/page-watcher';
import { clearHighlight, highlightNeed } from '../lib/case-file/highlight';

/** A second injection (« Lire ce dossier » on a page already read) asks the running one to read again. */
const RUNNING = Symbol.for('repere.case-file');
type Running = { reread(): void; isValid(): boolean };

/**
 * « Pour ce dossier »: reads the case file on screen with readPageNeeds and sends the background
 * the needs' ids only. Registered at run time for the sites the counsellor switched on (all
 * frames), or injected once into the active tab through activeTab. Adds nothing to the page.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main(ctx) {
    const globals = globalThis as unknown as Record<symbol, Running | undefined>;
    const running = globals[RUNNING];
    if (running?.isValid()) return running.reread();

    const highlightApi = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
      ? { highlights: (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights, Highlight: (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight }
      : undefined;

    const watcher = createPageWatcher(
      {
        document,
        now: () => performance.now(),
        setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
        clearTimeout: (id) => clearTimeout(id),
        pause: () => new Promise<void>((resume) => ctx.setTimeout(resume, 0)),
        send: (needs) => {
          if (ctx.isValid) browser.runtime.sendMessage({ type: 'case:needs', needs }).catch(() => undefined);
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
    const onChange = changed;
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (!document.hidden && missed) {
        missed = false;
        watcher.changed();
      }
    });
    // Typing changes a field's value without a DOM mutation.
    ctx.addEventListener(document, 'input', onChange, { capture: true, passive: true });
    ctx.addEventListener(document, 'change', onChange, { capture: true, passive: true });
    ctx.addEventListener(window, 'wxt:locationchange', onChange);
    ctx.addEventListener(window, 'popstate', onChange);

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const parsed = CaseTabMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'case:highlight') highlightNeed(document, watcher.needs(), message.category, highlightApi);
      else if (message.type === 'case:reread') void watcher.readNow();
      else stop();
    };
    browser.runtime.onMessage.addListener(onMessage);

    function stop() {
      observer.disconnect();
      watcher.stop();
      clearHighlight(highlightApi);
      browser.runtime.onMessage.removeListener(onMessage);
      if (globals[RUNNING] === self) delete globals[RUNNING];
    }
    const self: Running = { reread: () => void watcher.readNow(), isValid: () => ctx.isValid };
    globals[RUNNING] = self;
    ctx.onInvalidated(stop);
    void watcher.readNow();
  },
});
