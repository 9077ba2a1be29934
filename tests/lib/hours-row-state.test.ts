import { describe, expect, it } from 'vitest';
import { describeHours, hoursStateAt } from '../../lib/hours';
import { HOURS_CORPUS } from '../fixtures/hours/corpus';

// A result row shows open / closed / unknown through hoursStateAt (parsed once per string, the
// week not written out): it must say exactly what the card's describeHours says.
const STRINGS = Object.values(HOURS_CORPUS).flat();
const instants = [
  new Date(2026, 6, 14, 10, 0), // 14 juillet, a public holiday
  new Date(2026, 11, 28, 9, 30), // between Christmas and New Year
  new Date(2026, 2, 29, 2, 30), // the DST night
  new Date(2026, 10, 30, 12, 15), // a Monday lunch break
  new Date(2026, 10, 28, 10, 0), // a Saturday
];

describe('hoursStateAt (result rows)', () => {
  it('gives the card’s state for every string of the corpus at holidays, year end, DST, lunch and weekend', () => {
    for (const text of STRINGS) {
      for (const now of instants) expect(hoursStateAt(text, now), `${text} at ${now.toString()}`).toBe(describeHours(text, now).state);
    }
    // And a second time, from the strings it has already parsed.
    for (const text of STRINGS) expect(hoursStateAt(text, instants[3])).toBe(describeHours(text, instants[3]).state);
    expect(STRINGS.length).toBeGreaterThan(100);
  });

  it('says unknown for nothing, blanks and what it cannot read', () => {
    expect(hoursStateAt(undefined, instants[3])).toBe('unknown');
    expect(hoursStateAt('   ', instants[3])).toBe('unknown');
    expect(hoursStateAt('le matin sauf les jours de marché', instants[3])).toBe('unknown');
  });
});
