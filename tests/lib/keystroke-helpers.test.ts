import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../lib/search/latest-only';

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

