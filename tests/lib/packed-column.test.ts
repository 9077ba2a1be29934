import { describe, expect, it } from 'vitest';
import { PackedColumn, packColumn } from '../../lib/search/packed-column';

const column = (values: (string | null)[]) => new PackedColumn(packColumn(values), values.length);

describe('PackedColumn', () => {
  it('gives back each value, empty ones and a separator inside a value included', () => {
    const values = ['Mission Locale', '', null, 'CCAS\u001fSète', 'x'];
    const packed = column(values);
    expect(packed.length).toBe(5);
    expect(Array.from({ length: 5 }, (_, i) => packed.at(i))).toEqual(['Mission Locale', '', '', 'CCAS Sète', 'x']);
    expect(packed.at(5)).toBeUndefined();
    expect(packed.at(-1)).toBeUndefined();
  });

  it('holds one empty value, and no value at all', () => {
    expect(column(['']).at(0)).toBe('');
    expect(column([]).length).toBe(0);
    expect(column([]).at(0)).toBeUndefined();
  });

  it('refuses a packed string that does not hold the count it is given', () => {
    expect(() => new PackedColumn(packColumn(['a', 'b']), 3)).toThrow(/2 values, not 3/);
    expect(() => new PackedColumn(packColumn(['a', 'b', 'c']), 2)).toThrow(/more than 2/);
  });

  it('compares a value in place, never across into the next one', () => {
    const names = column(['ccas de sete', 'ccas', '', 'ccas de sete port']);
    expect([0, 1, 2, 3].map((i) => names.startsWithAt(i, 'ccas de sete'))).toEqual([true, false, false, true]);
    expect([0, 1, 2, 3].map((i) => names.equalsAt(i, 'ccas de sete'))).toEqual([true, false, false, false]);
    // « ccas » then the separator then « » : a prefix running past a value's end does not match.
    expect(names.startsWithAt(1, 'ccas\u001f')).toBe(false);
    expect(names.equalsAt(2, '')).toBe(true);
    expect(names.startsWithAt(9, 'c')).toBe(false);
  });

  it('finds a whole value, never a part of one', () => {
    const ids = column(['ml-sete', 'ml', 'ccas-ml', 'ml-lunel', 'ml']);
    expect(ids.indexOf('ml')).toBe(1);
    expect(ids.indexOf('ml-lunel')).toBe(3);
    expect(ids.indexOf('ccas')).toBe(-1);
    expect(ids.indexOf('')).toBe(-1);
  });

  it('flags the values holding a word as a whole word', () => {
    const places = column(['34301 34', '34', '', '343 13', 'commune 34301']);
    const flags = new Uint8Array(places.length);
    places.flagWord('34', flags);
    expect([...flags]).toEqual([1, 1, 0, 0, 0]);
    places.flagWord('34301', flags);
    expect([...flags]).toEqual([1, 1, 0, 0, 1]);
  });
});
