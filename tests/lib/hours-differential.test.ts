/**
 * Differential test of lib/hours against the reference implementation of the OSM syntax
 * (npm `opening_hours`, a devDependency used only here): for every corpus string the
 * reference can read, at instants across a year in Paris time (every public holiday, both
 * DST changes, the year end, every sixth day), whenever describeHours says « ouvert » or
 * « fermé » the reference must say the same. `unknown` on our side is allowed (the card
 * then shows the text), a confident disagreement is not.
 */
process.env.TZ = 'Europe/Paris';

import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { describeHours, evaluateHours, frenchPublicHolidays, parseOpeningHours } from '../../lib/hours';
import { HOURS_CORPUS } from '../fixtures/hours/corpus';

// Paris, so that the reference uses the French public holidays of the mainland.
const NOMINATIM = { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } };
const TIMES = ['00:30', '07:45', '09:15', '12:15', '13:59', '16:59', '18:45', '22:30'];

/**
 * Instants where the reference itself is wrong, each checked by hand. On 29 March 2026 (the
 * 23-hour DST Sunday) opening_hours 3.15 carries Saturday's 22:00-02:00 into Monday 00:30.
 */
const REFERENCE_ERRORS = new Set(['"Fr-Sa 22:00-02:00" at Mon Mar 30 2026 00:30']);

function instants(): Date[] {
  const days: Date[] = [];
  for (let d = new Date(2025, 11, 20); d < new Date(2027, 0, 5); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 6)) days.push(d);
  // Every holiday of 2026, the days around both DST changes and the year ends.
  days.push(...frenchPublicHolidays(2026));
  for (const [y, m, day] of [[2026, 2, 28], [2026, 2, 29], [2026, 2, 30], [2026, 9, 24], [2026, 9, 25], [2026, 9, 26], [2025, 11, 31], [2026, 0, 1], [2026, 11, 24], [2026, 11, 31], [2027, 0, 1]]) {
    days.push(new Date(y, m, day));
  }
  return days.flatMap((day) =>
    TIMES.map((time) => {
      const [h, min] = time.split(':').map(Number);
      return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, min);
    }),
  );
}

function reference(raw: string): OpeningHours | null {
  try {
    return new OpeningHours(raw, NOMINATIM, { locale: 'fr', mode: 0 } as never);
  } catch {
    return null;
  }
}

const referenceState = (oh: OpeningHours, at: Date) => (oh.getState(at) ? 'open' : oh.getUnknown(at) ? 'unknown' : 'closed');

describe('hours: differential test against opening_hours (reference)', () => {
  it('runs in Paris time, with both DST offsets', () => {
    expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(-120);
  });

  it('never gives a confident state the reference disagrees with', () => {
    const all = Object.values(HOURS_CORPUS).flat();
    const times = instants();
    const disagreements: string[] = [];
    let comparable = 0;
    let checks = 0;
    let confident = 0;
    let agreed = 0;
    for (const raw of all) {
      const oh = reference(raw);
      if (!oh) continue;
      comparable++;
      const parsed = parseOpeningHours(raw.trim());
      for (const [i, at] of times.entries()) {
        checks++;
        // describeHours is evaluateHours after parsing; check that on a sample, not 80,000 times.
        const ours = evaluateHours(parsed, at)?.state ?? 'unknown';
        if (i % 97 === 0) expect(describeHours(raw, at).state, `${raw} at ${at}`).toBe(ours);
        if (ours === 'unknown') continue;
        confident++;
        const theirs = referenceState(oh, at);
        const where = `${JSON.stringify(raw)} at ${at.toString().slice(0, 21)}`;
        if (ours === theirs || REFERENCE_ERRORS.has(where)) agreed++;
        else if (disagreements.length < 40) disagreements.push(`${where}: ours ${ours}, reference ${theirs}`);
      }
    }
    console.log(
      `hours differential: ${all.length} strings, ${comparable} read by the reference, ${checks} instants compared; ` +
        `confident on ${confident} (${((100 * confident) / checks).toFixed(1)} %), agreement ${agreed}/${confident}`,
    );
    expect(disagreements).toEqual([]);
    // The corpus must keep exercising the reference, not just our unknowns.
    expect(comparable).toBeGreaterThanOrEqual(80);
    expect(confident / checks).toBeGreaterThan(0.7);
  }, 300_000);
});
