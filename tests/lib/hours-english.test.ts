import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeHours } from '../../lib/hours';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const en = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Catalogue;

/** The browser's getMessage over the English catalogue: placeholders, then $1… */
function getMessage(key: string, subs: string[] = []): string {
  const entry = en[key];
  if (!entry) return '';
  return entry.message
    .replace(/\$(\w+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole)
    .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

describe('hours in an English browser', () => {
  beforeEach(() => {
    vi.stubGlobal('browser', { i18n: { getMessage } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('names days, months and states in English', () => {
    const status = describeHours('Mo-Fr 08:30-12:30,13:30-17:00; PH off; Aug off', new Date(2025, 10, 17, 10, 0));
    expect(status.summary).toBe('Open now · closes at 12:30');
    expect(status.lines).toEqual(['Monday – Friday: 08:30–12:30, 13:30–17:00', 'Saturday, Sunday: closed', 'Public holidays: closed', 'August: closed']);
  });

  it('says when it reopens, in English', () => {
    expect(describeHours('Mo-Fr 09:00-12:00', new Date(2025, 10, 21, 18, 0)).summary).toBe('Closed · opens Monday at 09:00');
    expect(describeHours('Mo-Su 09:00-18:00; Aug off', new Date(2025, 7, 13, 10, 0)).summary).toBe('Closed · opens on 1 September at 09:00');
    expect(describeHours('24/7', new Date(2025, 10, 17, 3, 0)).summary).toBe('Open 24/7');
  });

  it('dates and nth weekdays in English', () => {
    expect(describeHours('Mo-Fr 09:00-17:00; Dec 25-Jan 1 off; Sa[1,3] 09:00-12:00', new Date(2025, 10, 17, 10, 0)).lines).toEqual([
      'Monday – Friday: 09:00–17:00',
      'Saturday, Sunday: closed',
      '25 December to 1 January: closed',
      'Saturday (1st, 3rd of the month): 09:00–12:00',
    ]);
    expect(describeHours('PH off', new Date(2025, 10, 17, 10, 0)).lines).toEqual(['Opening hours not provided']);
  });
});
