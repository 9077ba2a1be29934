import { resolve } from 'node:path';
import { launchChromium, closeChromium } from './chromium-popup';
const session = await launchChromium(resolve('.output/chrome-mv3'));
const popup = await session.context.newPage();
await popup.goto(`chrome-extension://${session.id}/popup.html`);
await popup.locator('#search-input').waitFor();
await popup.waitForTimeout(2000);
const cdp = await session.context.newCDPSession(popup);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
async function busy(doSet: boolean) {
  await cdp.send('Profiler.start');
  await popup.evaluate(async (doSet) => {
    const c = (globalThis as any).chrome;
    for (let i = 0; i < 100; i++) {
      if (doSet) c.storage.session.set({ lastQuery: { query: 'mission loc' + i, at: Date.now() } });
      await new Promise((r) => setTimeout(r, 30));
    }
  }, doSet);
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
  let total = 0;
  const names = new Map<string, number>();
  profile.samples.forEach((id: number, i: number) => {
    const f = (byId.get(id) as any).callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    total += profile.timeDeltas[i];
    names.set(f.functionName, (names.get(f.functionName) ?? 0) + profile.timeDeltas[i]);
  });
  return { perIteration: (total / 1000 / 100).toFixed(3), top: [...names].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, us]) => `${n || '(anon)'} ${(us / 1000).toFixed(1)}`).join(' · ') };
}
for (let r = 0; r < 3; r++) console.log('no set', JSON.stringify(await busy(false)), '\nset   ', JSON.stringify(await busy(true)));
await closeChromium(session);
