// Shared by tests/e2e/search-scale.spec.ts and scripts/bench-import-browser.mjs: an init script
// for the popup. With `#type=<query>` in the URL it types the query the instant the search box
// exists (a counsellor typing at once, without the test harness's own round trips), and it records
// in `window.__firstOptionAt` when the first result line appears (ms since navigation started).
export function typeAtOnce() {
  const typed = location.hash.startsWith('#type=') ? decodeURIComponent(location.hash.slice(6)) : '';
  new MutationObserver((_, observer) => {
    const input = document.querySelector('#search-input');
    if (typed && input && input.value !== typed) {
      input.value = typed;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    if (document.querySelector('[role="option"]')) {
      window.__firstOptionAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}
