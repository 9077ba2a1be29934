// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createPageWatcher, MIN_INTERVAL_MS, type WatcherHost } from '../../lib/case-file/page-watcher';

/** A host with a hand-driven clock: timers run when the test advances time. */
function fakeHost() {
  let clock = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const sent: unknown[] = [];
  let readings = 0;
  const host: WatcherHost = {
    document,
    now: () => clock,
    setTimeout: (run, ms) => {
      timers.set(nextId, { at: clock + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
    pause: async () => undefined,
    send: (needs) => {
      readings++;
      sent.push(needs);
    },
  };
  async function advance(ms: number) {
    clock += ms;
    for (const [id, timer] of [...timers]) {
      if (timer.at <= clock) {
        timers.delete(id);
        timer.run();
      }
    }
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }
  return { host, sent, advance, pending: () => timers.size, readings: () => readings };
}

describe('the case page watcher', () => {
  it('sends the needs’ ids only (no evidence), at start and when they change', async () => {
    document.body.innerHTML = '<main><textarea id="n">Dettes de loyer</textarea></main>';
    const fake = fakeHost();
    const watcher = createPageWatcher(fake.host);
    await watcher.readNow();
    expect(fake.sent).toEqual([[{ category: 'logement-hebergement', thematique: 'logement-hebergement--reduire-les-impayes-de-loyer' }, { category: 'difficultes-financieres', thematique: 'difficultes-financieres--situation-dendettement-surendettement' }]]);
    expect(JSON.stringify(fake.sent)).not.toContain('Dettes');
    expect((fake.sent[0] as object[]).flatMap((need) => Object.keys(need))).toEqual(['category', 'thematique', 'category', 'thematique']);
    expect(watcher.needs()[0].shownBy[0].evidence).toBe('Dettes de loyer');
  });

  it('reads at most once per 500 ms while the counsellor types, and sends nothing when the needs did not change', async () => {
    document.body.innerHTML = '<main><textarea id="n"></textarea></main>';
    const field = document.getElementById('n') as HTMLTextAreaElement;
    const fake = fakeHost();
    const watcher = createPageWatcher(fake.host);
    await watcher.readNow();
    expect(fake.sent).toEqual([[]]);
    for (const text of ["N'a", "N'a pas", "N'a pas le", "N'a pas le permis"]) {
      field.value = text;
      watcher.changed();
      watcher.changed();
      await fake.advance(100);
    }
    // 400 ms of typing after the first reading: one reading planned, none run yet.
    expect(fake.pending()).toBe(1);
    expect(fake.sent).toHaveLength(1);
    await fake.advance(MIN_INTERVAL_MS);
    expect(fake.sent).toEqual([[], [{ category: 'mobilite', thematique: 'mobilite--preparer-un-permis' }]]);
    field.value = "N'a pas le permis.";
    watcher.changed();
    await fake.advance(MIN_INTERVAL_MS);
    expect(fake.sent).toHaveLength(2);
  });

  it('stops cleanly: no timer left, no reading after stop', async () => {
    document.body.innerHTML = '<main><p>Surendettement</p></main>';
    const fake = fakeHost();
    const watcher = createPageWatcher(fake.host);
    watcher.changed();
    watcher.stop();
    expect(fake.pending()).toBe(0);
    await fake.advance(1000);
    expect(fake.sent).toEqual([]);
    expect(watcher.needs()).toEqual([]);
  });
});
