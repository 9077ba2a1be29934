import { describe, expect, it } from 'vitest';
import {
  REQUIRED_SERVICE_FIELDS,
  REQUIRED_STRUCTURE_FIELDS,
  ServiceSchema,
  StructureSchema,
  serviceShape,
  structureShape,
} from '../../lib/schema';
import { validateRecord } from '../../lib/schema/validate-record';
import { fieldLabel } from '../../lib/schema/field-labels';
import { service, structure } from '../fixtures/records';

const validateStructure = (raw: unknown) =>
  validateRecord(structureShape, REQUIRED_STRUCTURE_FIELDS, raw, { kind: 'Structure', line: 7 });
const validateService = (raw: unknown) =>
  validateRecord(serviceShape, REQUIRED_SERVICE_FIELDS, raw, { kind: 'Service' });

describe('Structure schema', () => {
  it('accepts a complete valid structure', () => {
    expect(StructureSchema.safeParse(structure()).success).toBe(true);
    const result = validateStructure(structure());
    expect(result.problems).toEqual([]);
    expect(result.value?.nom).toBe('Mission Locale du Bassin de Thau');
  });

  it.each(REQUIRED_STRUCTURE_FIELDS)('rejects a structure without its required field %s, naming it in French', (field) => {
    const result = validateStructure(structure({ [field]: undefined }));
    expect(result.value).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field, line: 7, severity: 'rejected' });
    expect(result.problems[0].message).toContain(`« ${fieldLabel(field)} »`);
    expect(result.problems[0].message).not.toContain(`« ${field} »`);
    expect(result.problems[0].message).toMatch(/obligatoire/);
  });

  it.each([
    ['nom', 'ab', /au moins 3/],
    ['nom', 'x'.repeat(151), /au plus 150/],
    ['date_maj', '12/03/2026', /AAAA-MM-JJ/],
    ['date_maj', '2026-02-30', /date réelle/],
    ['id', '   ', /obligatoire/],
  ])('rejects an invalid required %s (%s)', (field, value, message) => {
    const result = validateStructure(structure({ [field]: value }));
    expect(result.value).toBeUndefined();
    expect(result.problems[0].field).toBe(field);
    expect(result.problems[0].message).toMatch(message);
  });

  it.each([
    ['courriel', 'pas-un-mail', /e-mail/],
    ['site_web', 'javascript:alert(1)', /http/],
    ['site_web', 'data:text/html,hello', /http/],
    ['code_postal', '3420', /5 chiffres/],
    ['code_insee', '343', /5 caractères/],
    ['siret', '123', /14 chiffres/],
    ['description', 'abc', /au moins 5/],
    ['latitude', 123, /./],
    ['telephone', 42, /./],
  ])('keeps the structure but drops an invalid optional %s, with a problem', (field, value, message) => {
    const result = validateStructure(structure({ [field]: value }));
    expect(result.value).toBeDefined();
    expect(result.value?.[field as keyof typeof structureShape]).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field, severity: 'corrected', recordId: 'test--ml-sete' });
    expect(result.problems[0].message).toMatch(message);
  });

  it('keeps the valid values of a closed list and reports the unknown one', () => {
    const result = validateStructure(structure({ reseaux_porteurs: ['mission-locale', 'pas-un-reseau'] }));
    expect(result.value?.reseaux_porteurs).toEqual(['mission-locale']);
    expect(result.problems[0].message).toContain('pas-un-reseau');
    expect(result.problems[0].message).toContain('réseaux porteurs');
  });

  it('drops a trailing full stop from a name and keeps only the day of a timestamp', () => {
    const result = validateStructure(structure({ nom: 'CCAS de Sète.', date_maj: '2026-03-12T10:20:00Z' }));
    expect(result.value?.nom).toBe('CCAS de Sète');
    expect(result.value?.date_maj).toBe('2026-03-12');
  });

  it('treats blank optional text as absent and ignores unknown fields', () => {
    const result = validateStructure(structure({ commune: '  ', extra: 'x' }));
    expect(result.value?.commune).toBeNull();
    expect(result.value).not.toHaveProperty('extra');
    expect(result.problems).toEqual([]);
  });

  it.each([null, 'text', 42, [structure()]])('rejects a record that is not an object (%s)', (raw) => {
    const result = validateStructure(raw);
    expect(result.value).toBeUndefined();
    expect(result.problems[0].message).toMatch(/pas un objet/);
  });
});

describe('Service schema', () => {
  it('accepts a complete valid service', () => {
    expect(ServiceSchema.safeParse(service()).success).toBe(true);
    expect(validateService(service()).problems).toEqual([]);
  });

  it.each(REQUIRED_SERVICE_FIELDS)('rejects a service without its required field %s', (field) => {
    const result = validateService(service({ [field]: null }));
    expect(result.value).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ field, severity: 'rejected' });
  });

  it.each([
    ['type', 'conseil', 'types de services'],
    ['frais', 'gratos', 'frais'],
  ])('drops an unknown %s value (%s) naming its list', (field, value, list) => {
    const result = validateService(service({ [field]: value }));
    expect(result.value?.[field as keyof typeof serviceShape]).toBeNull();
    expect(result.problems[0].message).toContain(list);
  });

  it.each([
    ['thematiques', 'sante--pas-une-thematique', 'thématiques'],
    ['publics', 'martiens', 'publics'],
    ['modes_accueil', 'par-pigeon', 'modes d’accueil'],
    ['modes_mobilisation', 'telepathie', 'modes de mobilisation'],
    ['mobilisable_par', 'voisins', 'personnes mobilisatrices'],
    ['zone_eligibilite', 'pas un code', 'code géographique'],
  ])('keeps the valid items of %s and reports the unknown one', (field, bad, list) => {
    const good = (service() as Record<string, unknown[]>)[field]?.[0] ?? {
      modes_accueil: 'en-presentiel',
    }[field];
    const result = validateService(service({ [field]: [good, bad] }));
    expect(result.value?.[field as keyof typeof serviceShape]).toEqual([good]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain(bad);
    expect(result.problems[0].message).toContain(list);
  });

  it('refuses "tous-publics" combined with other publics in the strict schema', () => {
    expect(ServiceSchema.safeParse(service({ publics: ['tous-publics', 'jeunes'] })).success).toBe(false);
  });

  it('accepts a single value where a list is expected', () => {
    const result = validateService(service({ publics: 'jeunes' }));
    expect(result.value?.publics).toEqual(['jeunes']);
  });
});
