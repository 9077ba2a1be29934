import { browser } from 'wxt/browser';
import { RepereDB, ensureStarterDirectory } from '../lib/db';
import { createMessageRouter, type Handlers } from '../lib/messages';

export default defineBackground(() => {
  const db = new RepereDB();

  // The embedded starter directory makes the extension useful before any import; it is
  // (re)loaded when the extension is installed or updated, never over the counsellor's data.
  async function loadStarter() {
    const revision = browser.runtime.getManifest().version;
    const { problems } = await ensureStarterDirectory(
      db,
      async () => (await fetch(browser.runtime.getURL('/data/starter-directory.json'))).json(),
      revision,
    );
    if (problems.length > 0) console.warn(`Repère: ${problems.length} problem(s) in the starter directory`);
  }

  const handlers: Handlers = {
    'core:ping': () => ({ version: browser.runtime.getManifest().version }),
  };
  const route = createMessageRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.runtime.onInstalled.addListener(() => void loadStarter());
  browser.runtime.onStartup.addListener(() => void loadStarter());
});
