import { describe, expect, it } from 'vitest';
import { memoizeByText } from '../../lib/memo';

describe('memoizeByText', () => {
  it('computes each text once, remembers undefined answers too, and starts again past its bound', () => {
    const seen: string[] = [];
    const status = memoizeByText((text: string) => {
      seen.push(text);
      return text === 'Besoin' ? 'need' : undefined;
    }, 2);
    expect([status('Besoin'), status('Besoin'), status('Logement'), status('Logement')]).toEqual(['need', 'need', undefined, undefined]);
    expect(seen).toEqual(['Besoin', 'Logement']);
    status('Oui'); // a third text: the memory starts again
    status('Besoin');
    expect(seen).toEqual(['Besoin', 'Logement', 'Oui', 'Besoin']);
  });
});
