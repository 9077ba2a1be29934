import { afterAll, beforeAll } from 'vitest';
import { launchFirefox, waitForFirefoxStarter, type FirefoxLaunchOptions, type FirefoxSession } from './firefox';

/**
 * One Firefox for the spec file that calls it (at its top level): launched with the extension
 * installed and its starter directory stored before the file's first test, closed after its
 * last. The session's fields are filled in by then; `options` are launchFirefox's.
 */
export function useFirefoxSession(options: FirefoxLaunchOptions = {}): FirefoxSession {
  const session = {} as FirefoxSession;
  let launched: FirefoxSession | undefined;
  beforeAll(async () => {
    launched = await launchFirefox(options);
    Object.assign(session, launched);
    await waitForFirefoxStarter(session);
  });
  afterAll(async () => {
    await launched?.close();
  });
  return session;
}
