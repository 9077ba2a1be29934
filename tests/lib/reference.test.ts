import { describe, expect, it } from 'vitest';
import { entryForNetwork, readReferenceQuery, referenceEntries, referenceEntry, referenceEntrySchema, referenceForQuery, searchReference } from '../../lib/reference';
import { RESEAUX_PORTEURS } from '../../lib/taxonomy';
import { namedReferenceHit } from '../../lib/reference/search-reference';
import { normalizeText } from '../../lib/search/normalize';
import { boundedDistance } from '../../lib/search/edit-distance';

const entries = referenceEntries();

describe('reference data', () => {
  it('validates every entry against the one schema', () => {
    const problems = entries.flatMap((entry) => {
      const result = referenceEntrySchema.safeParse(entry);
      return result.success ? [] : [`${entry.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('rejects an incomplete entry with a French message naming the field', () => {
    const { porteur: _, ...withoutCarrier } = entries[0];
    const result = referenceEntrySchema.safeParse({ ...withoutCarrier, financeurs: [], verifie_le: '29/11/2026' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message).join(' | ');
    expect(messages).toMatch(/porteur manquant/);
    expect(messages).toMatch(/au moins un financeur/);
    expect(messages).toMatch(/AAAA-MM-JJ/);
  });

  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every one of the 108 data·inclusion réseaux porteurs, each by exactly one entry', () => {
    expect(RESEAUX_PORTEURS).toHaveLength(108);
    const uncovered = RESEAUX_PORTEURS.filter((network) => !entryForNetwork(network.value)).map((n) => n.value);
    expect(uncovered).toEqual([]);
    const claimed = entries.flatMap((e) => e.reseaux_porteurs ?? []);
    expect(new Set(claimed).size).toBe(claimed.length);
  });

  it('explains the schemes and rights counsellors name every day', () => {
    const schemes = ['cej', 'pacea', 'rsa', 'rsa-accompagnement', 'aah', 'rqth', 'css', 'apl', 'dalo', 'fsl', 'visale', 'iae', 'aci', 'ei', 'etti', 'ai', 'eiti', 'cddi', 'pass-iae', 'plie', 'geiq', 'pmsmp', 'cpf', 'vae', 'domiciliation', 'siao', 'pmi', 'cmp'];
    expect(schemes.filter((id) => !referenceEntry(id))).toEqual([]);
    expect(referenceEntry('cej')?.anciens_noms).toContain('Garantie jeunes');
    expect(referenceEntry('france-travail')?.anciens_noms).toContain('Pôle emploi');
    expect(referenceEntry('plie')?.financeurs.join(' ')).toMatch(/Fonds social européen/);
  });

  it('gives every entry a carrier, funders, a public, an access, a source and the date it was checked', () => {
    const incomplete = entries.filter((e) => !e.porteur || e.financeurs.length === 0 || !e.publics || !e.acces || !e.missions || !e.source.startsWith('https://') || e.verifie_le !== '2026-11-29');
    expect(incomplete.map((e) => e.id)).toEqual([]);
  });

  it('links only to entries that exist, never to itself', () => {
    const broken = entries.flatMap((e) => (e.voir_aussi ?? []).filter((id) => !referenceEntry(id) || id === e.id).map((id) => `${e.id} → ${id}`));
    expect(broken).toEqual([]);
  });
});

describe('searchReference', () => {
  it('drops the question words and finds the scheme named', () => {
    expect(readReferenceQuery('Qui porte le PLIE ?')).toEqual({ words: ['plie'], asked: true });
    expect(readReferenceQuery('c’est quoi le FSL')).toEqual({ words: ['fsl'], asked: true });
    expect(readReferenceQuery('qui finance la Mission Locale')).toEqual({ words: ['mission', 'locale'], asked: true });
    expect(readReferenceQuery('mission locale').asked).toBe(false);
    expect(readReferenceQuery('maison porte de vanves')).toEqual({ words: ['maison', 'vanves'], asked: false });
    expect(searchReference('qui porte le plie')[0].id).toBe('plie');
    expect(searchReference('qui porte')).toEqual([]);
  });

  it('folds accents and ligatures in the query and the data', () => {
    expect(searchReference('restos du coeur')[0].id).toBe('restos-du-coeur');
    expect(searchReference('RESTOS DU CŒUR')[0].id).toBe('restos-du-coeur');
    expect(searchReference('ecole de la deuxieme chance')[0].id).toBe('e2c');
    expect(searchReference('crèche avip')[0].id).toBe('creches-avip');
  });

  it('puts an exact sigle before words that merely contain it', () => {
    expect(searchReference('ai')[0].id).toBe('ai');
    expect(searchReference('ei')[0].id).toBe('ei');
    expect(searchReference('cmu')[0].id).toBe('css');
  });

  it('respects the limit', () => {
    expect(searchReference('emploi', 3)).toHaveLength(3);
  });
});

describe('referenceForQuery (the popup’s « Référence » result)', () => {
  it('selects the entry for a question or a scheme that is not a structure', () => {
    expect(referenceForQuery('qui porte le PLIE')).toMatchObject({ entry: { id: 'plie' }, selected: true });
    expect(referenceForQuery('garantie jeunes')).toMatchObject({ entry: { id: 'cej' }, selected: true });
    expect(referenceForQuery('rsa')).toMatchObject({ entry: { id: 'rsa' }, selected: true });
  });

  it('shows a network’s entry without taking Enter from the local partner', () => {
    expect(referenceForQuery('mission locale')).toMatchObject({ entry: { id: 'mission-locale' }, selected: false });
    expect(referenceForQuery('mision locale')).toMatchObject({ entry: { id: 'mission-locale' }, selected: false });
    expect(referenceForQuery('france travail')).toMatchObject({ entry: { id: 'france-travail' }, selected: false });
  });

  it('stays out of the way for a person, a place, a need or a partner of the directory', () => {
    for (const query of ['Benali', 'sete', 'logement', 'sante', 'dette de loyer', 'n’a pas le permis', 'epicerie barou', 'la passerelle', 'zzqxw', '']) {
      expect(referenceForQuery(query), query).toBeUndefined();
    }
  });
});

describe('referenceForQuery’s name pre-check (Fuse asked only when a name is within reach)', () => {
  /** The suggestion as it was worked out before the pre-check: Fuse asked for every query. */
  function throughFuse(query: string) {
    const { words, asked } = readReferenceQuery(query);
    if (words.length === 0) return undefined;
    const best = namedReferenceHit(query);
    if (!best) return undefined;
    const text = words.join(' ');
    const mistyped = [best.entry.sigle, best.entry.nom, ...(best.entry.anciens_noms ?? []), ...(best.entry.mots_cles ?? [])].some((name) => {
      if (!name) return false;
      const folded = normalizeText(name);
      const allowed = Math.floor(folded.length * 0.15);
      return allowed > 0 && boundedDistance(text, folded, allowed) <= allowed;
    });
    if (!(best.exact || (best.named && best.score <= 0.45 && mistyped))) return undefined;
    return { entry: best.entry, selected: asked || (best.entry.reseaux_porteurs ?? []).length === 0 };
  }

  it('suggests exactly what Fuse alone suggested, for names, typos, questions, partners, places and people', () => {
    const typo = (text: string, at: number) => (text.length > 4 ? text.slice(0, at % text.length) + text.slice((at % text.length) + 1) : text);
    const names = entries.flatMap((entry) => [entry.sigle, entry.nom, ...(entry.anciens_noms ?? []), ...(entry.mots_cles ?? [])].filter((name): name is string => Boolean(name))).filter((_, i) => i % 2 === 0);
    const queries = [
      ...names,
      ...names.map((name, i) => typo(name, i + 3)),
      ...names.slice(0, 40).map((name) => `qui porte ${name}`),
      ...names.slice(0, 40).map((name) => `${name} sete`),
      'mision locale lunel', 'pole emploi sete', 'karim hadad', 'secour populaire venissieux', 'ccas beziers', 'plie', 'logement urgence', 'epicerie solidaire',
      'cap emploi', 'cap emplois', 'franc travail', 'missio locale', 'caf', 'cpam', 'cmu', 'css', 'Benali', 'sete', 'zzqxw',
    ];
    for (const query of queries) expect(referenceForQuery(query), query).toEqual(throughFuse(query));
  });
});
