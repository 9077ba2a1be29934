// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { excerpt, explainNeeds, statementOf } from '../../lib/case-file/explain';
import { readPageNeedsWithSources } from '../../lib/needs/read-page-needs';
import { CaseExplanationSchema, WHY_MAX_CHARS } from '../../lib/messages/case-tab';
import { askReasons } from '../../components/panel/use-need-reasons';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('the statement behind a need (« lu : … »)', () => {
  it('names a ticked box by its label, a chosen option by its text, typed text by the words typed', () => {
    page(`<form>
      <input type="checkbox" id="h" checked><label for="h">Sans hébergement</label>
      <input type="checkbox" id="p"><label for="p">Pas de permis de conduire</label>
      <select id="s"><option value="">—</option><option value="d" selected>Difficultés à payer le loyer</option></select>
      <textarea id="t"></textarea>
    </form>`);
    (document.getElementById('t') as HTMLTextAreaElement).value = 'Elle n’a pas de mutuelle.';
    expect(statementOf(document.querySelector('label[for="h"]')!, 'hébergement')).toEqual({ text: 'Sans hébergement', mark: 'checked' });
    expect(statementOf(document.getElementById('h')!, 'hébergement')).toEqual({ text: 'Sans hébergement', mark: 'checked' });
    // An unticked box's label is plain text (the reader never reads it as a need).
    expect(statementOf(document.querySelector('label[for="p"]')!, 'permis')).toEqual({ text: 'Pas de permis de conduire' });
    expect(statementOf(document.getElementById('s')!, 'loyer')).toEqual({ text: 'Difficultés à payer le loyer', mark: 'chosen' });
    expect(statementOf(document.getElementById('t')!, 'mutuelle')).toEqual({ text: 'Elle n’a pas de mutuelle.' });
  });

  it('cuts a long statement around its evidence, at word boundaries', () => {
    const long = `${'Rendez-vous pris avec la conseillère le mardi matin pour faire le point. '.repeat(4)}Elle n’a plus de logement depuis mars et dort chez une amie. ${'Suite du suivi à prévoir avec le référent RSA du département. '.repeat(4)}`;
    const cut = excerpt(long, 'plus de logement');
    expect(cut.length).toBeLessThanOrEqual(WHY_MAX_CHARS);
    expect(cut).toContain('Elle n’a plus de logement depuis mars');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    // No word cut in two: every word shown is a word of the statement.
    const words = new Set(long.split(/\s+/));
    expect(cut.replace(/…/g, '').trim().split(' ').filter((word) => !words.has(word))).toEqual([]);
    expect(excerpt('  Sans   hébergement ', 'hébergement')).toBe('Sans hébergement');
  });

  it('explains what the reader found, per need, each statement once, and the answer passes its own check', () => {
    const doc = page(`<main><h1>Diagnostic</h1>
      <fieldset><legend>Situation</legend>
        <input type="checkbox" id="a" checked><label for="a">Sans hébergement</label>
        <input type="checkbox" id="b"><label for="b">Problème de santé</label>
      </fieldset>
      <p>Surendettement : dossier déposé à la Banque de France.</p>
      <p>Surendettement : dossier déposé à la Banque de France.</p></main>`);
    const needs = readPageNeedsWithSources(doc, { computedStyle: false });
    const explained = explainNeeds(needs);
    expect(CaseExplanationSchema.safeParse(explained).success).toBe(true);
    const byCategory = new Map(explained.map((e) => [e.category, e.why]));
    expect(byCategory.get('logement-hebergement')).toEqual([{ text: 'Sans hébergement', mark: 'checked' }]);
    expect(byCategory.get('difficultes-financieres')).toEqual([{ text: 'Surendettement : dossier déposé à la Banque de France.' }]);
    expect(byCategory.has('sante')).toBe(false);
  });
});

describe('asking the tab for the statements (popup / side panel)', () => {
  it('asks every frame that reported, keeps what passes the check, drops the rest', async () => {
    const send = vi.fn(async (_tab: number, _message: unknown, { frameId }: { frameId: number }) => {
      if (frameId === 0) return [{ category: 'mobilite', why: [{ text: 'Pas de permis', mark: 'checked' }] }];
      if (frameId === 2) return [{ category: 'sante', why: [{ text: 'x'.repeat(WHY_MAX_CHARS + 1) }] }];
      if (frameId === 3) return [{ category: 'mobilite', why: [{ text: 'Pas de voiture' }] }, { category: 'sante', why: [{ text: 'Pas de mutuelle' }] }];
      throw new Error('no reader in this frame');
    });
    const reasons = await askReasons({ tabId: 9, frames: [0, 2, 3, 5] }, send);
    expect(send).toHaveBeenCalledTimes(4);
    expect(send.mock.calls.map((call) => call[1])).toEqual(Array(4).fill({ type: 'case:explain' }));
    expect(Object.fromEntries(reasons)).toEqual({
      mobilite: [{ text: 'Pas de permis', mark: 'checked' }, { text: 'Pas de voiture' }],
      sante: [{ text: 'Pas de mutuelle' }],
    });
  });

  it('refuses an answer with other fields, unknown needs or too many lines', () => {
    expect(CaseExplanationSchema.safeParse([{ category: 'logement', why: [] }]).success).toBe(false);
    expect(CaseExplanationSchema.safeParse([{ category: 'mobilite', why: [{ text: '' }] }]).success).toBe(false);
    expect(CaseExplanationSchema.safeParse([{ category: 'mobilite', why: [{ text: 'a' }, { text: 'b' }, { text: 'c' }, { text: 'd' }] }]).success).toBe(false);
    expect(CaseExplanationSchema.safeParse([{ category: 'mobilite', why: [{ text: 'a', mark: 'souligné' }] }]).success).toBe(false);
  });
});
