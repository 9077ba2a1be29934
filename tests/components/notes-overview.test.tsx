// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { parseDataInclusion } from '../../lib/directory';
import { replaceSourcePartners, saveContact } from '../../lib/db';
import { DbContext } from '../../components/db-context';
import { NotesOverviewSection } from '../../components/options/NotesOverviewSection';
import { useDbAndRoot, waitUntil } from '../support/component-db';
import { structure } from '../fixtures/records';

const env = useDbAndRoot();
const partnerNames = () => [...env.root.querySelectorAll('.notes-overview__partner h3')].map((h) => h.textContent);
const notesOf = (name: string) =>
  [...env.root.querySelectorAll('.notes-overview__partner')].find((li) => li.querySelector('h3')?.textContent?.startsWith(name))?.querySelectorAll('.note__text') ?? [];
const button = (text: string) => [...env.root.querySelectorAll('button')].find((b) => b.textContent === text);

function show() {
  render(
    <DbContext.Provider value={env.db}>
      <NotesOverviewSection />
    </DbContext.Provider>,
    env.root,
  );
}

describe('NotesOverviewSection (options « Mes notes et contacts »)', () => {
  it('lists partners by name, with their contacts and their five latest notes, the others one click away', async () => {
    const structures = [structure({ id: 'ml', nom: 'Mission Locale de Sète' }), structure({ id: 'ccas', nom: 'CCAS d’Agde' })];
    await replaceSourcePartners(env.db, { id: 'team', kind: 'file', label: 'Équipe', priority: 1 }, parseDataInclusion({ structures }).partners);
    const now = Date.now();
    await env.db.notes.bulkPut(Array.from({ length: 8 }, (_, i) => ({ id: `n${i}`, partnerId: 'ml', text: `Note ${i}`, createdAt: now + i, updatedAt: now + i })));
    await env.db.notes.put({ id: 'c1', partnerId: 'ccas', text: 'Accueil sans rendez-vous le mardi', createdAt: now, updatedAt: now });
    await env.db.notes.put({ id: 'gone', partnerId: 'ancien', text: 'Partenaire parti', createdAt: now, updatedAt: now });
    await saveContact(env.db, { partnerId: 'ml', name: 'Awa Diallo', role: 'conseillère' });
    show();

    await waitUntil(() => partnerNames().length === 3);
    expect(partnerNames()).toEqual(['ancien — partenaire absent de l’annuaire', 'CCAS d’Agde', 'Mission Locale de Sète']);
    expect(env.root.textContent).toContain('Contact : Awa Diallo (conseillère)');
    expect([...notesOf('Mission Locale')].map((n) => n.textContent?.trim())).toEqual(['Note 7', 'Note 6', 'Note 5', 'Note 4', 'Note 3']);

    const more = button('Afficher les 3 autres notes')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    await waitUntil(() => notesOf('Mission Locale').length === 8);
    const fewer = button('Afficher moins de notes')!;
    expect(fewer.getAttribute('aria-expanded')).toBe('true');
    fewer.click();
    await waitUntil(() => notesOf('Mission Locale').length === 5);
  });

  it('shows a hundred partners at first and a hundred more on demand, counting them all', async () => {
    const now = Date.now();
    await env.db.notes.bulkPut(Array.from({ length: 250 }, (_, i) => ({ id: `n${i}`, partnerId: `p${String(i).padStart(3, '0')}`, text: `Note ${i}`, createdAt: now, updatedAt: now })));
    show();
    await waitUntil(() => partnerNames().length === 100);
    button('Afficher plus (partenaires 100 sur 250 affichés)')!.click();
    await waitUntil(() => partnerNames().length === 200);
    expect(button('Afficher plus (partenaires 200 sur 250 affichés)')).toBeDefined();
  });

  it('says so when there is nothing yet', async () => {
    show();
    await waitUntil(() => env.root.textContent?.includes('Aucune note ni contact : ajoutez-en depuis la fiche d’un partenaire.') ?? false);
  });
});
