import { describe, expect, it } from 'vitest';
import { PartnershipSchema, type ContactEntry, type Partnership } from '../../../lib/schema';
import { addMonths, dueItems, frenchDate, readDate, standingOf } from '../../../lib/partnership';

const TODAY = '2026-11-29';

const partnership = (partnerId: string, extra: Partial<Partnership> = {}): Partnership =>
  PartnershipSchema.parse({ partnerId, status: 'contact', updatedAt: 1, ...extra });
let seq = 0;
const entry = (partnerId: string, date: string, kind: ContactEntry['kind'] = 'appel'): ContactEntry => ({
  id: `e${++seq}`,
  partnerId,
  date,
  kind,
  note: '',
  bilan: kind === 'bilan' ? { worked: null, change: null, decision: 'renouveler' } : null,
  createdAt: seq,
});
const convention = (fin: string | null, extra: Record<string, string | null> = {}) => ({
  objet: null, engagementsStructure: null, engagementsPartenaire: null, debut: '2026-01-01', fin, planAction: null, modalitesSuivi: null, prochainBilan: null, document: null, ...extra,
});

describe('calendar days', () => {
  it('adds months the way a counsellor counts them (end of month kept inside the month)', () => {
    expect(addMonths('2026-03-29', 6)).toBe('2026-09-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('reads the dates spreadsheets give back and writes them as JJ/MM/AAAA', () => {
    expect(frenchDate('2026-03-05')).toBe('05/03/2026');
    expect(frenchDate(null)).toBe('');
    expect(readDate('05/03/2026')).toBe('2026-03-05');
    expect(readDate('5/3/26')).toBe('2026-03-05');
    expect(readDate('2026-03-05')).toBe('2026-03-05');
    expect(readDate(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(readDate('')).toBe('');
    expect(readDate('31/02/2026')).toBeUndefined();
    expect(readDate('mardi')).toBeUndefined();
  });
});

describe('what is due, on a fixed day', () => {
  it('lists a convention ending within 60 days, not one ending later or already over', () => {
    const items = dueItems({
      partnerships: [
        partnership('soon', { status: 'convention', convention: convention('2026-12-29') }),
        partnership('edge', { status: 'convention', convention: convention('2027-01-28') }),
        partnership('later', { status: 'convention', convention: convention('2027-01-29') }),
        partnership('over', { status: 'convention', convention: convention('2026-11-28') }),
        partnership('informal', { status: 'informel', convention: convention('2026-12-29') }),
      ],
      log: [entry('soon', '2026-11-01'), entry('edge', '2026-11-01'), entry('later', '2026-11-01'), entry('over', '2026-11-01'), entry('informal', '2026-11-01')],
      favourites: [],
    }, TODAY);
    expect(items).toEqual([
      { partnerId: 'soon', kind: 'convention-end', date: '2026-12-29' },
      { partnerId: 'edge', kind: 'convention-end', date: '2027-01-28' },
    ]);
  });

  it('asks for a relance after the partner’s own delay (6 months by default) and moves it when a contact is logged', () => {
    const data = {
      partnerships: [partnership('eight-months'), partnership('five-months'), partnership('three-months-delay', { relanceMonths: 3 })],
      log: [entry('eight-months', '2026-03-29'), entry('five-months', '2026-06-30'), entry('three-months-delay', '2026-08-28')],
      favourites: [],
    };
    expect(dueItems(data, TODAY)).toEqual([
      { partnerId: 'eight-months', kind: 'relance', date: '2026-09-29' },
      { partnerId: 'three-months-delay', kind: 'relance', date: '2026-11-28' },
    ]);
    const logged = { ...data, log: [...data.log, entry('eight-months', TODAY)] };
    expect(dueItems(logged, TODAY).map((i) => i.partnerId)).toEqual(['three-months-delay']);
    expect(standingOf(data.partnerships[0], logged.log.filter((e) => e.partnerId === 'eight-months')).relanceOn).toBe('2027-05-29');
  });

  it('counts a partner with no partnership record like a contact, and never one marked « aucun »', () => {
    const items = dueItems({ partnerships: [partnership('stopped', { status: 'aucun' })], log: [entry('stopped', '2025-01-01'), entry('bare', '2025-01-01')], favourites: [] }, TODAY);
    expect(items).toEqual([{ partnerId: 'bare', kind: 'relance', date: '2025-07-01' }]);
  });

  it('lists a planned contact that has come, until a contact on or after that day is logged', () => {
    const planned = partnership('planned', { nextContact: '2026-11-20' });
    expect(dueItems({ partnerships: [planned], log: [entry('planned', '2026-10-01')], favourites: [] }, TODAY)).toEqual([
      { partnerId: 'planned', kind: 'next-contact', date: '2026-11-20' },
    ]);
    expect(dueItems({ partnerships: [planned], log: [entry('planned', '2026-11-21')], favourites: [] }, TODAY)).toEqual([]);
    expect(dueItems({ partnerships: [partnership('future', { nextContact: '2026-12-01' })], log: [], favourites: [] }, TODAY)).toEqual([]);
  });

  it('lists reviews due within two weeks, and conventions without a bilan for over a year', () => {
    const items = dueItems({
      partnerships: [
        partnership('review', { status: 'convention', convention: convention('2027-12-31', { prochainBilan: '2026-12-10' }) }),
        partnership('reviewed', { status: 'convention', convention: convention('2027-12-31', { prochainBilan: '2026-12-10' }) }),
        partnership('old', { status: 'convention', convention: convention('2027-12-31', { debut: '2025-06-01' }) }),
        partnership('old-bilan', { status: 'convention', convention: convention('2027-12-31', { debut: '2024-01-01' }) }),
      ],
      log: [entry('review', '2026-11-01'), entry('reviewed', '2026-12-10', 'bilan'), entry('old', '2026-11-01'), entry('old-bilan', '2026-02-01', 'bilan'), entry('old-bilan', '2026-11-01')],
      favourites: [],
    }, TODAY);
    expect(items).toEqual([
      { partnerId: 'old', kind: 'no-bilan', date: '2025-06-01' },
      { partnerId: 'review', kind: 'review', date: '2026-12-10' },
    ]);
  });

  it('lists favourites never contacted, after the dated actions', () => {
    const items = dueItems({ partnerships: [partnership('late')], log: [entry('late', '2026-01-01'), entry('called', '2026-11-01')], favourites: ['never', 'called'] }, TODAY);
    expect(items).toEqual([
      { partnerId: 'late', kind: 'relance', date: '2026-07-01' },
      { partnerId: 'never', kind: 'never-contacted', date: null },
    ]);
  });
});
