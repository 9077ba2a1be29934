// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DbContext } from '../../components/db-context';
import { BackupSection } from '../../components/options/BackupSection';
import { SpreadsheetSection } from '../../components/follow-up/SpreadsheetSection';
import { useDbAndRoot, waitUntil } from '../support/component-db';

const env = useDbAndRoot();

/** Chooses a file of `size` bytes whose content must never be read. */
function chooseHuge(input: HTMLInputElement, name: string, size: number) {
  const file = { name, size, type: 'application/json', arrayBuffer: vi.fn(async () => new ArrayBuffer(0)), text: vi.fn(), stream: vi.fn(), slice: vi.fn() };
  Object.defineProperty(input, 'files', { configurable: true, get: () => [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return file;
}

const alertText = () => env.root.querySelector('[role="alert"]')?.textContent ?? '';

describe('a file far over its cap is refused from its size, never read', () => {
  it('a 1 GB « backup »: a clear French message, no reading, no worker', async () => {
    const createWorker = vi.fn(() => ({ postMessage: vi.fn(), terminate: vi.fn() }) as unknown as Worker);
    render(<DbContext.Provider value={env.db}><BackupSection createRestoreWorker={createWorker} /></DbContext.Provider>, env.root);
    const file = chooseHuge(env.root.querySelector<HTMLInputElement>('#restore-file')!, 'film.json', 1024 ** 3);
    await waitUntil(() => alertText() !== '');
    expect(alertText()).toBe('« film.json » n’a pas été restauré, rien n’a changé. Le fichier pèse 1\u202f024 Mo : une sauvegarde Repère en fait bien moins (limite 50 Mo). Il n’a pas été lu ; choisissez le fichier repere-sauvegarde-….json.');
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(createWorker).not.toHaveBeenCalled();
  });

  it('a 52 MB follow-up CSV: refused with the cap, no reading, no worker', async () => {
    const createWorker = vi.fn(() => ({ postMessage: vi.fn(), terminate: vi.fn() }) as unknown as Worker);
    render(<DbContext.Provider value={env.db}><SpreadsheetSection createSheetWorker={createWorker} /></DbContext.Provider>, env.root);
    expect(env.root.querySelector('.sheet-limits')?.textContent?.replace(/\s/g, ' ')).toBe('Limites : 10 Mo et 20 000 lignes par fichier ; un classeur .xlsx ne doit pas dépasser 80 Mo une fois décompressé.');
    const file = chooseHuge(env.root.querySelector<HTMLInputElement>('#follow-up-file')!, 'journal.csv', 52 * 1024 * 1024);
    await waitUntil(() => alertText() !== '');
    expect(alertText()).toMatch(/^Impossible de lire « journal\.csv » : Le fichier pèse 52 Mo, au-delà de la limite de 10 Mo pour un tableau de suivi : il n’a pas été lu\./);
    expect(file.arrayBuffer).not.toHaveBeenCalled();
    expect(createWorker).not.toHaveBeenCalled();
  });
});
