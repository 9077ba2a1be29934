import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { emptyWeek, openingHoursToWeek, weekToOpeningHours, type WeekHours } from '../../lib/weekly-hours';

const week = (days: Partial<WeekHours>): WeekHours => ({ ...emptyWeek(), ...days });
const morning = { from: '09:00', to: '12:00' };
const afternoon = { from: '14:00', to: '17:30' };

describe('the hours editor’s week in OpenStreetMap syntax', () => {
  it.each([
    [week({}), ''],
    [week({ Mo: [morning, afternoon], Tu: [morning, afternoon], We: [morning, afternoon], Th: [morning, afternoon], Fr: [morning, afternoon] }), 'Mo-Fr 09:00-12:00,14:00-17:30'],
    [week({ Mo: [morning], Tu: [morning], We: [morning, afternoon], Sa: [morning] }), 'Mo,Tu 09:00-12:00; We 09:00-12:00,14:00-17:30; Sa 09:00-12:00'],
    [week({ Fr: [morning], Sa: [morning], Su: [morning] }), 'Fr-Su 09:00-12:00'],
    [week({ Mo: [{ from: '14:00', to: '09:00' }], Tu: [{ from: '', to: '12:00' }] }), ''],
  ])('%j -> %s', (value, text) => {
    expect(weekToOpeningHours(value)).toBe(text);
    expect(openingHoursToWeek(text)).toEqual(week(Object.fromEntries(Object.entries(value).map(([d, r]) => [d, r.filter((x) => x.from && x.from < x.to)]))));
  });

  it('writes what the reference library reads as the same week', () => {
    const text = weekToOpeningHours(week({ Mo: [morning, afternoon], Tu: [morning, afternoon], Sa: [morning] }));
    const oh = new opening_hours(text);
    expect(oh.getState(new Date(2026, 10, 23, 10))).toBe(true); // Monday 10:00
    expect(oh.getState(new Date(2026, 10, 23, 13))).toBe(false); // Monday 13:00
    expect(oh.getState(new Date(2026, 10, 25, 10))).toBe(false); // Wednesday
    expect(oh.getState(new Date(2026, 10, 28, 11))).toBe(true); // Saturday
  });

  it.each(['Mo-Fr 09:00-12:00; PH off', 'Mo-Fr 08:00-12:00 "sur rendez-vous"', '24/7', 'Mo 09:00-12:00; Mo 14:00-16:00', 'Fr-Mo 09:00-12:00'])(
    'keeps %s for the plain field (it says more than the editor shows)',
    (text) => {
      expect(openingHoursToWeek(text)).toBeUndefined();
    },
  );
});
