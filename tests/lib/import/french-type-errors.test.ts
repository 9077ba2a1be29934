import { describe, expect, it } from 'vitest';
import { parseDirectoryFile } from '../../../lib/import';
import { fieldLabel } from '../../../lib/schema/field-labels';
import { structure } from '../../fixtures/records';

const utf8 = (text: string) => new TextEncoder().encode(text);

// Issue 23: six of seven type errors in a JSON directory still showed zod's English
// (« Invalid input: expected string, received number »).
describe('type errors in an imported directory', () => {
  it('are French, name the record, the field and the line, for every field', () => {
    const structures = [
      { ...structure({ id: 'a' }), telephone: 467000000, courriel: true, site_web: 12, code_postal: 34200, commune: ['Sète'], thematiques: 5, latitude: 'nord', longitude: {}, description: 42 },
      { ...structure({ id: 'b' }), nom: 42 },
    ];
    const text = JSON.stringify({ structures }, null, 1);
    const result = parseDirectoryFile(utf8(text), 'annuaire.json', { today: '2026-11-22' });
    const typeProblems = result.problems.filter((p) => p.field && p.field !== 'id');
    expect(typeProblems.length).toBeGreaterThanOrEqual(7);
    for (const problem of typeProblems) {
      expect(problem.message).not.toMatch(/Invalid|expected|received|Too (big|small)/);
      expect(problem.message).toContain(`« ${fieldLabel(problem.field!)} »`);
      expect(problem.line).toBeGreaterThan(0);
    }
    const message = (field: string) => typeProblems.find((p) => p.field === field)?.message;
    expect(message('telephone')).toContain('doit être du texte, pas le nombre 467000000');
    expect(message('nom')).toContain('doit être du texte, pas le nombre 42');
  });
});
