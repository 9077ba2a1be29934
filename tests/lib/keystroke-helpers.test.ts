import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../lib/search/latest-only';
import { stableSummaries } from '../../lib/search/stable-summaries';
import type { PartnerSummary } from '../../lib/search';

describe('latestOnly (issue 20: keys typed while the worker answers)', () => {
  it('runs one request at a time, then only the latest of those asked meanwhile', async () => {
    const send = latestOnly();
    const ran: string[] = [];
    const answers: Array<() => void> = [];
    const request = (name: string) => () => {
      ran.push(name);
      return new Promise<void>((resolve) => answers.push(resolve));
    };
    send(request('c'));
    send(request('cc'));
    send(request('cca'));
    send(request('ccas'));
    expect(ran).toEqual(['c']);
    answers[0]();
    await new Promise((r) => setTimeout(r));
    expect(ran).toEqual(['c', 'ccas']);
    answers[1]();
    await new Promise((r) => setTimeout(r));
    send(request('ccas s'));
    expect(ran).toEqual(['c', 'ccas', 'ccas s']);
  });

  it('goes on after a failed request', async () => {
    const send = latestOnly();
    const ran: string[] = [];
    let fail: () => void = () => undefined;
    send(() => new Promise((_, reject) => (fail = () => reject(new Error('gone')))));
    send(async () => void ran.push('next'));
    fail();
    await new Promise((r) => setTimeout(r));
    expect(ran).toEqual(['next']);
  });
});

describe('stableSummaries (issue 20: one object per partner from answer to answer)', () => {
  const summary = (id: string, nom: string, extra: Partial<PartnerSummary> = {}): PartnerSummary => ({ id, nom, commune: 'Sète', code_postal: '34200', reseaux_porteurs: ['ccas'], ...extra });

  it('gives back the object held for an unchanged summary, a changed one replaces it', () => {
    const stable = stableSummaries();
    const [a, b] = stable([summary('a', 'CCAS de Sète'), summary('b', 'PLIE')]);
    const [again, moved, changed] = stable([structuredClone(a), summary('c', 'Secours populaire'), summary('b', 'PLIE', { telephone: '0467000000' })]);
    expect(again).toBe(a);
    expect(moved.id).toBe('c');
    expect(changed).not.toBe(b);
    expect(changed.telephone).toBe('0467000000');
    expect(stable([summary('b', 'PLIE', { telephone: '0467000000' })])[0]).toBe(changed);
  });
});
