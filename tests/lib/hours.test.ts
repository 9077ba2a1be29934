import { describe, it, expect } from 'vitest';
import { describeHours, easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from '../../lib/hours';

/** "2025-11-17 10:00" → a Date in local time (describeHours reads local time). */
function at(text: string): Date {
  const [date, time] = text.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, min);
}

// Reference week: Monday 17 → Sunday 23 November 2025 (no public holiday in it).
const MON = '2025-11-17';
const TUE = '2025-11-18';
const WED = '2025-11-19';
const FRI = '2025-11-21';
const SAT = '2025-11-22';
const SUN = '2025-11-23';
const STD = 'Mo-Fr 08:30-12:30,13:30-17:00; PH off';

const instants: Array<{ name: string; raw: string; when: string; state: string; summary: string }> = [
  { name: 'open in the morning', raw: STD, when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:30' },
  { name: 'open from the opening minute', raw: STD, when: `${MON} 08:30`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:30' },
  { name: 'closed before opening', raw: STD, when: `${MON} 07:00`, state: 'closed', summary: 'Fermé · ouvre à 08:30' },
  { name: 'closed during the lunch break', raw: STD, when: `${MON} 12:45`, state: 'closed', summary: 'Fermé · ouvre à 13:30' },
  { name: 'closed at the closing minute', raw: STD, when: `${MON} 12:30`, state: 'closed', summary: 'Fermé · ouvre à 13:30' },
  { name: 'afternoon span', raw: STD, when: `${TUE} 16:59`, state: 'open', summary: 'Ouvert maintenant · ferme à 17:00' },
  { name: 'after closing, reopens tomorrow', raw: STD, when: `${MON} 18:00`, state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'Friday evening, reopens Monday', raw: STD, when: `${FRI} 18:00`, state: 'closed', summary: 'Fermé · ouvre lundi à 08:30' },
  { name: 'Saturday closed', raw: STD, when: `${SAT} 10:00`, state: 'closed', summary: 'Fermé · ouvre lundi à 08:30' },
  { name: 'Sunday closed', raw: STD, when: `${SUN} 10:00`, state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  // Public holidays with "PH off": fixed and Easter-based ones.
  { name: 'PH off: Armistice (Tue 11 Nov 2025)', raw: STD, when: '2025-11-11 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'without PH off the same holiday is open', raw: 'Mo-Fr 08:30-12:30,13:30-17:00', when: '2025-11-11 10:00', state: 'open', summary: 'Ouvert maintenant · ferme à 12:30' },
  { name: 'PH off: 14 juillet', raw: STD, when: '2025-07-14 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'PH off: Easter Monday 2025', raw: STD, when: '2025-04-21 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'PH off: Ascension 2025', raw: STD, when: '2025-05-29 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'PH off: Whit Monday 2026', raw: STD, when: '2026-05-25 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 08:30' },
  { name: 'PH off: holiday Friday, reopens Monday', raw: STD, when: '2025-08-15 10:00', state: 'closed', summary: 'Fermé · ouvre lundi à 08:30' },
  { name: 'next opening skips Christmas', raw: STD, when: '2025-12-24 18:00', state: 'closed', summary: 'Fermé · ouvre vendredi à 08:30' },
  { name: 'PH with its own hours', raw: 'Mo-Fr 09:00-17:00; PH 10:00-12:00', when: '2025-11-11 13:00', state: 'closed', summary: 'Fermé · ouvre demain à 09:00' },
  // 24/7 and whole days.
  { name: '24/7', raw: '24/7', when: `${SUN} 03:00`, state: 'open', summary: 'Ouvert 24 h/24, 7 j/7' },
  { name: 'weekday without time is open all day', raw: 'Mo-Fr', when: `${WED} 23:30`, state: 'open', summary: 'Ouvert maintenant · ferme vendredi à minuit' },
  // Ranges, lists, wrap-around.
  { name: 'list Mo,We: Tuesday closed', raw: 'Mo,We 09:00-12:00', when: `${TUE} 10:00`, state: 'closed', summary: 'Fermé · ouvre demain à 09:00' },
  { name: 'list Mo,We: Wednesday open', raw: 'Mo,We 09:00-12:00', when: `${WED} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'wrap Sa-Mo: Sunday open', raw: 'Sa-Mo 10:00-18:00', when: `${SUN} 11:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 18:00' },
  { name: 'wrap Sa-Mo: Monday open', raw: 'Sa-Mo 10:00-18:00', when: `${MON} 11:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 18:00' },
  { name: 'wrap Sa-Mo: Tuesday closed', raw: 'Sa-Mo 10:00-18:00', when: `${TUE} 11:00`, state: 'closed', summary: 'Fermé · ouvre samedi à 10:00' },
  { name: 'next opening a week later is dated', raw: 'Mo 09:00-12:00', when: `${MON} 13:00`, state: 'closed', summary: 'Fermé · ouvre le 24 novembre à 09:00' },
  // Rule semantics.
  { name: 'later rule overrides a day', raw: 'Mo-Fr 09:00-18:00; We 14:00-16:00', when: `${WED} 10:00`, state: 'closed', summary: 'Fermé · ouvre à 14:00' },
  { name: 'off with times cuts a lunch closure', raw: 'Mo-Fr 08:00-18:00; We 12:00-14:00 off', when: `${WED} 13:00`, state: 'closed', summary: 'Fermé · ouvre à 14:00' },
  { name: 'off with times keeps the morning', raw: 'Mo-Fr 08:00-18:00; We 12:00-14:00 off', when: `${WED} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'additional rule after a comma', raw: 'Mo-Fr 08:00-12:00, Sa 09:00-12:00', when: `${SAT} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'fallback comment on uncovered days', raw: 'Mo-Fr 09:00-17:00 || "sur rendez-vous"', when: `${SAT} 10:00`, state: 'unknown', summary: 'Sur rendez-vous' },
  { name: 'fallback leaves covered days alone', raw: 'Mo-Fr 09:00-17:00 || "sur rendez-vous"', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 17:00' },
  { name: 'month closure: reopens on 1 September', raw: 'Mo-Su 09:00-18:00; Aug off', when: '2025-08-13 10:00', state: 'closed', summary: 'Fermé · ouvre le 1er septembre à 09:00' },
  { name: 'seasonal rule outside its months', raw: 'Jul-Aug Mo-Fr 09:00-12:00', when: `${MON} 10:00`, state: 'closed', summary: 'Fermé · ouvre le 1er juillet à 09:00' },
  { name: 'never opens', raw: 'Mo-Fr 09:00-12:00; Mo-Fr off', when: `${MON} 10:00`, state: 'closed', summary: 'Fermé' },
  // Times past midnight.
  { name: 'past midnight: Friday night', raw: 'Fr-Sa 22:00-02:00', when: `${FRI} 23:00`, state: 'open', summary: 'Ouvert maintenant · ferme demain à 02:00' },
  { name: 'past midnight: spill into Saturday', raw: 'Fr-Sa 22:00-02:00', when: `${SAT} 01:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 02:00' },
  { name: 'past midnight: spill into Sunday', raw: 'Fr-Sa 22:00-02:00', when: `${SUN} 01:30`, state: 'open', summary: 'Ouvert maintenant · ferme à 02:00' },
  { name: 'past midnight: Monday closed', raw: 'Fr-Sa 22:00-02:00', when: `${MON} 01:00`, state: 'closed', summary: 'Fermé · ouvre vendredi à 22:00' },
  { name: 'extended time 26:00', raw: 'Fr 18:00-26:00', when: `${SAT} 01:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 02:00' },
  { name: 'a later rule overrides the spill', raw: 'Fr 22:00-02:00; Sa off', when: `${SAT} 01:00`, state: 'closed', summary: 'Fermé · ouvre vendredi à 22:00' },
  { name: 'closing at 24:00 reads minuit', raw: 'Mo-Fr 18:00-24:00', when: `${MON} 20:00`, state: 'open', summary: 'Ouvert maintenant · ferme à minuit' },
  { name: 'spans merge across midnight', raw: 'Mo 20:00-24:00; Tu 00:00-03:00', when: `${MON} 22:00`, state: 'open', summary: 'Ouvert maintenant · ferme demain à 03:00' },
  // Lenient input seen in hand-typed records.
  { name: 'lowercase codes', raw: 'mo-fr 08:00-12:00', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'colon after weekdays, 8h30 style', raw: 'Mo-Fr: 8h30-12h, 14h-17h', when: `${MON} 12:30`, state: 'closed', summary: 'Fermé · ouvre à 14:00' },
  // A part we cannot read could change the answer: never a confident state.
  { name: 'trailing free text makes the state unknown', raw: 'Mo-Fr 09:00-12:00; fermé en août', when: `${MON} 10:00`, state: 'unknown', summary: '' },
  // What French data really writes (issue 13: each of these was a confident wrong answer).
  { name: 'monenfant: Christmas closure over the year end', raw: 'Mo-Fr 07:30-18:30 open; Aug closed; Dec 25-Jan 1 closed', when: '2025-12-29 10:00', state: 'closed', summary: 'Fermé · ouvre vendredi à 07:30' },
  { name: 'monenfant: August closed', raw: 'Mo-Fr 07:30-18:30 open; Aug closed; Dec 25-Jan 1 closed', when: '2025-08-12 10:00', state: 'closed', summary: 'Fermé · ouvre le 1er septembre à 07:30' },
  { name: 'monenfant: open on an ordinary day', raw: 'Mo-Fr 07:30-18:30 open; Aug closed; Dec 25-Jan 1 closed', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 18:30' },
  { name: 'month-day range closure', raw: 'Mo-Fr 09:00-17:00; PH off; Dec 24-Dec 31 off', when: '2025-12-30 10:00', state: 'closed', summary: 'Fermé · ouvre vendredi à 09:00' },
  { name: 'short month-day range', raw: 'Mo-Fr 09:00-17:00; Aug 01-Aug 21 off', when: '2025-08-20 10:00', state: 'closed', summary: 'Fermé · ouvre vendredi à 09:00' },
  { name: 'after a short month-day range', raw: 'Mo-Fr 09:00-17:00; Aug 01-Aug 21 off', when: '2025-08-22 10:00', state: 'open', summary: 'Ouvert maintenant · ferme à 17:00' },
  { name: 'list of month days', raw: 'Mo-Fr 09:00-17:00; PH off; Dec 24,Dec 31 off', when: '2025-12-31 10:00', state: 'closed', summary: 'Fermé · ouvre vendredi à 09:00' },
  { name: 'PH fermé closes on 14 juillet', raw: 'Mo-Fr 09:00-17:00; PH fermé', when: '2025-07-14 10:00', state: 'closed', summary: 'Fermé · ouvre demain à 09:00' },
  { name: 'first Saturday of the month', raw: 'Sa[1,3] 09:00-12:00', when: '2025-11-01 10:00', state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'second Saturday is closed', raw: 'Sa[1,3] 09:00-12:00', when: '2025-11-08 10:00', state: 'closed', summary: 'Fermé · ouvre le 15 novembre à 09:00' },
  { name: 'last Friday of the month', raw: 'Fr[-1] 14:00-16:00', when: '2025-11-28 15:00', state: 'open', summary: 'Ouvert maintenant · ferme à 16:00' },
  { name: 'a comment without open is unknown', raw: 'Mo-Fr 09:00-12:00 "sur rendez-vous"', when: `${MON} 10:00`, state: 'unknown', summary: 'Sur rendez-vous' },
  { name: 'a comment with open stays open', raw: 'Mo-Fr 09:00-12:00 open "sur rendez-vous"', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'fallback applies to the other times of a covered day', raw: 'Mo-Fr 09:00-12:00 || "sur rendez-vous"', when: `${MON} 14:00`, state: 'unknown', summary: 'Sur rendez-vous' },
  { name: 'fallback overrides an explicit off', raw: 'Mo-Fr 09:00-12:00; Sa off || "sur rendez-vous"', when: `${SAT} 10:00`, state: 'unknown', summary: 'Sur rendez-vous' },
  { name: 'closed before an unknown stretch: no promised opening', raw: 'Mo-Fr 09:00-12:00; Sa 10:00-12:00 "sur rendez-vous"', when: `${FRI} 18:00`, state: 'closed', summary: 'Fermé' },
  { name: 'trailing semicolon', raw: 'Mo-Fr 09:00-12:00;', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'trailing comma', raw: 'Mo-Fr 09:00-12:00,', when: `${MON} 10:00`, state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'month with a colon', raw: 'Apr: Mo-Fr 09:00-12:00', when: '2025-04-14 10:00', state: 'open', summary: 'Ouvert maintenant · ferme à 12:00' },
  { name: 'bare PH off is not information', raw: 'PH off', when: `${MON} 10:00`, state: 'unknown', summary: '' },
  { name: 'school holidays are not guessed', raw: 'Mo-Fr 09:00-12:00; SH off', when: `${MON} 10:00`, state: 'unknown', summary: '' },
  { name: 'an nth week is not guessed', raw: 'week 1-53/2 Mo 09:00-12:00', when: `${MON} 10:00`, state: 'unknown', summary: '' },
  { name: 'an open end is not guessed', raw: 'Mo-Fr 09:00+', when: `${MON} 10:00`, state: 'unknown', summary: '' },
  { name: 'a year is not guessed', raw: 'Mo-Fr 09:00-12:00; 2025 Dec 24 off', when: '2025-12-24 10:00', state: 'unknown', summary: '' },
];

const weeks: Array<{ name: string; raw: string; lines: string[] }> = [
  { name: 'lunch break and PH', raw: STD, lines: ['Lundi – vendredi : 08:30–12:30, 13:30–17:00', 'Samedi, dimanche : fermé', 'Jours fériés : fermé'] },
  { name: 'lists of days', raw: 'Mo,Tu,Th 09:00-12:00; We 14:00-17:00', lines: ['Lundi, mardi, jeudi : 09:00–12:00', 'Mercredi : 14:00–17:00', 'Vendredi – dimanche : fermé'] },
  { name: '24/7', raw: '24/7', lines: ['Tous les jours : 24 h/24'] },
  { name: 'same hours every day', raw: 'Mo-Su 10:00-18:00', lines: ['Tous les jours : 10:00–18:00'] },
  { name: 'comment kept on its day', raw: 'Mo-Fr 09:00-17:00; Sa 09:00-12:00 "sur rendez-vous"', lines: ['Lundi – vendredi : 09:00–17:00', 'Samedi : 09:00–12:00 (sur rendez-vous)', 'Dimanche : fermé'] },
  { name: 'semicolon inside a comment', raw: 'Sa 09:00-12:00 "sur rendez-vous; appeler avant"', lines: ['Lundi – vendredi, dimanche : fermé', 'Samedi : 09:00–12:00 (sur rendez-vous; appeler avant)'] },
  { name: 'wrap-around range', raw: 'Sa-Mo 10:00-18:00', lines: ['Lundi, samedi, dimanche : 10:00–18:00', 'Mardi – vendredi : fermé'] },
  { name: 'past midnight', raw: 'Fr-Sa 22:00-02:00', lines: ['Lundi – jeudi, dimanche : fermé', 'Vendredi, samedi : 22:00–02:00'] },
  { name: 'month closure', raw: 'Mo-Fr 09:00-17:00; Aug off', lines: ['Lundi – vendredi : 09:00–17:00', 'Samedi, dimanche : fermé', 'Août : fermé'] },
  { name: 'seasonal rule', raw: 'Jul-Aug Mo-Fr 09:00-12:00', lines: ['Juillet – août (lundi – vendredi) : 09:00–12:00'] },
  { name: 'fallback comment', raw: 'Mo-Fr 09:00-17:00 || "sur rendez-vous"', lines: ['Lundi – vendredi : 09:00–17:00 (autres heures : sur rendez-vous)', 'Samedi, dimanche : sur rendez-vous'] },
  { name: 'month-day closures', raw: 'Mo-Fr 07:30-18:30 open; Aug closed; Dec 25-Jan 1 closed', lines: ['Lundi – vendredi : 07:30–18:30', 'Samedi, dimanche : fermé', 'Août : fermé', 'Du 25 décembre au 1er janvier : fermé'] },
  { name: 'nth Saturdays', raw: 'Mo-Fr 09:00-17:00; Sa[1,3] 09:00-12:00', lines: ['Lundi – vendredi : 09:00–17:00', 'Samedi, dimanche : fermé', 'Samedi (1er, 3e du mois) : 09:00–12:00'] },
  { name: 'comment without open', raw: 'Mo-Fr 09:00-12:00 "sur rendez-vous"', lines: ['Lundi – vendredi : 09:00–12:00 (sur rendez-vous)', 'Samedi, dimanche : fermé'] },
  { name: 'bare PH off', raw: 'PH off', lines: ['Horaires non renseignés'] },
  { name: 'Sunday and PH off', raw: 'Mo-Sa 10:00-19:00; Su,PH off', lines: ['Lundi – samedi : 10:00–19:00', 'Dimanche : fermé', 'Jours fériés : fermé'] },
];

const notes: Array<{ name: string; raw: string; note: string | undefined }> = [
  { name: 'trailing French text', raw: 'Mo-Fr 09:00-12:00; fermé en août', note: 'fermé en août' },
  { name: 'unsupported selectors and text, in order', raw: 'Mo-Fr 09:00-12:00; SH off; 2025 Dec 25 off; sauf le mercredi', note: 'SH off ; 2025 Dec 25 off ; sauf le mercredi' },
  { name: 'open end is not guessed', raw: 'Mo-Fr 09:00-12:00; Sa 18:00+', note: 'Sa 18:00+' },
  { name: 'nothing left over', raw: STD, note: undefined },
];

const unparsable = [
  'Du lundi au vendredi de 9h à 17h',
  'zzz',
  'Mo-Fr 25:00-26:00',
  'Mo-Fr 09:00-',
  'Mo-Xx 09:00-12:00',
  'Mo-Fr 09:00-12:00 sauf mercredi',
  ';;;',
  '||',
  '"unterminated',
  'Sa ""',
  '12345',
  'Mo-Fr 09:00-12:00'.repeat(200),
];

describe('describeHours: state and summary at an instant', () => {
  it.each(instants)('$name', ({ raw, when, state, summary }) => {
    const status = describeHours(raw, at(when));
    expect(status.state).toBe(state);
    expect(status.summary).toBe(summary);
  });
});

describe('describeHours: weekly lines in French', () => {
  it.each(weeks)('$name', ({ raw, lines }) => {
    expect(describeHours(raw, at(`${MON} 10:00`)).lines).toEqual(lines);
  });
});

describe('describeHours: free text is kept as a note, and then the state is unknown', () => {
  it.each(notes)('$name', ({ raw, note }) => {
    const status = describeHours(raw, at(`${MON} 10:00`));
    expect(status.state).toBe(note ? 'unknown' : 'open');
    expect(status.note).toBe(note);
  });
});

describe('describeHours: never throws, falls back to the raw text', () => {
  it.each(unparsable)('%s', (raw) => {
    expect(describeHours(`  ${raw} `, at(`${MON} 10:00`))).toEqual({ state: 'unknown', summary: '', lines: [raw] });
  });

  it.each([null, undefined, '', '   '])('empty input %j', (raw) => {
    expect(describeHours(raw, at(`${MON} 10:00`))).toEqual({ state: 'unknown', summary: '', lines: [] });
  });

  it('non-string input does not throw', () => {
    expect(describeHours(42 as unknown as string, at(`${MON} 10:00`))).toEqual({ state: 'unknown', summary: '', lines: [] });
  });

  it('an invalid date still gives the week', () => {
    const status = describeHours(STD, new Date(Number.NaN));
    expect(status).toEqual({ state: 'unknown', summary: '', lines: describeHours(STD, at(`${MON} 10:00`)).lines });
    expect(status.lines).toHaveLength(3);
  });
});

describe('French public holidays', () => {
  it.each([
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toEqual(at(`${expected} 00:00`));
  });

  it('lists the eleven national holidays of 2025', () => {
    const days = frenchPublicHolidays(2025).map((d) => `${d.getMonth() + 1}-${d.getDate()}`);
    expect(days).toEqual(['1-1', '4-21', '5-1', '5-8', '5-29', '6-9', '7-14', '8-15', '11-1', '11-11', '12-25']);
  });

  it('recognises a holiday at any time of its day, and not the day after', () => {
    expect(isFrenchPublicHoliday(at('2026-05-14 23:59'))).toBe(true); // Ascension 2026
    expect(isFrenchPublicHoliday(at('2026-05-15 00:00'))).toBe(false);
  });
});
