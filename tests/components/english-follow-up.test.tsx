// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { DbContext } from '../../components/db-context';
import { SpreadsheetSection } from '../../components/follow-up/SpreadsheetSection';
import { SpreadsheetPreview } from '../../components/follow-up/SpreadsheetPreview';
import { FollowUpSettings } from '../../components/card/FollowUpSettings';
import { OwnContactForm } from '../../components/card/OwnContactForm';
import { readFollowUpFile } from '../../lib/partnership/sheet-file';
import type { SheetPreview } from '../../lib/partnership/sheet-worker-protocol';
import type { StoredPartner } from '../../lib/db';
import { FRENCH_MARKS, speakEnglishInEachTest } from '../support/english-catalogue';
import { useDbAndRoot, waitUntil } from '../support/component-db';

// The follow-up spreadsheet's worker and the card forms' schemas wrote French whatever the
// browser's language (stop 25): on an English browser, what the counsellor reads is English.

const env = useDbAndRoot();
speakEnglishInEachTest();

const alertText = () => env.root.querySelector('[role="alert"]')?.textContent ?? '';
/** French marks, the product's name aside. */
const looksFrench = (text: string) => FRENCH_MARKS.test(text.replace(/Repère/g, ''));

/** Types into a field and lets the form re-render with it. */
async function type(id: string, value: string) {
  const input = env.root.querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
const submit = () => env.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));

describe('a refused follow-up spreadsheet, on an English browser', () => {
  it('a file over the size cap is refused in English', async () => {
    const createWorker = vi.fn(() => ({ postMessage: vi.fn(), terminate: vi.fn() }) as unknown as Worker);
    render(<DbContext.Provider value={env.db}><SpreadsheetSection createSheetWorker={createWorker} /></DbContext.Provider>, env.root);
    const input = env.root.querySelector<HTMLInputElement>('#follow-up-file')!;
    const file = { name: 'journal.csv', size: 52 * 1024 * 1024, type: 'text/csv', arrayBuffer: vi.fn(), text: vi.fn(), stream: vi.fn(), slice: vi.fn() };
    Object.defineProperty(input, 'files', { configurable: true, get: () => [file] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => alertText() !== '');
    expect(alertText()).toBe('Cannot read “journal.csv”: The file weighs 52 MB, over the 10 MB limit for a follow-up sheet: it was not read. Export the sheet from Repère or remove old lines. Nothing was changed.');
    expect(looksFrench(alertText())).toBe(false);
  });

  it('the worker’s refusals (a false workbook, a broken zip) read in English once the page shows them', async () => {
    const { translateFrench } = await import('../../lib/i18n-french');
    const fake = await readFollowUpFile(new TextEncoder().encode('Identifiant partenaire;Statut\n'), 'suivi.xlsx');
    expect(translateFrench(fake.error!)).toBe('This file has the name of an Excel workbook but is not one: save it again as .xlsx or CSV.');
    const zip = await readFollowUpFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'suivi.xlsx');
    expect(translateFrench(zip.error!)).toBe('Unreadable .xlsx workbook (end of the archive not found).');
  });

  it('lines left out, a file with bad columns, are listed in English in the preview', async () => {
    const csv = [
      'Identifiant partenaire;Date;Type;Note;Couleur',
      ';2026-03-01;appel;',
      'ml;2026-03-02;visio;',
      `ml;2026-03-03;appel;${'x'.repeat(2001)}`,
      'ml;32/13/2026;appel;',
    ].join('\n');
    const { parsed } = await readFollowUpFile(new TextEncoder().encode(csv), 'journal.csv');
    const preview: SheetPreview = {
      fileName: 'journal.csv',
      preview: { partnerships: { added: 0, replaced: 0 }, log: { added: 0, replaced: 0 } },
      problems: parsed!.problems,
      problemTotal: parsed!.problems.length,
      held: [],
      heldTotal: 0,
      toWrite: { partnerships: 0, log: 0 },
      parseMs: 1,
    } as SheetPreview;
    render(<SpreadsheetPreview preview={preview} onConfirm={() => undefined} onCancel={() => undefined} />, env.root);
    const lines = [...env.root.querySelectorAll('#follow-up-problems li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Journal · Columns ignored: “Couleur”',
      'Journal · Line 2: column “Identifiant partenaire” empty',
      'Journal · Line 3: column “Type”: “visio” unknown (appel, courriel, rencontre, réunion partenariale, orientation faite, bilan annuel)',
      'Journal · Line 4: column “Note”: must have at most 2,000 characters',
      'Journal · Line 5: column “Date”: “32/13/2026” is not a date (DD/MM/YYYY)',
    ]);
    // The file's own headings and values stay as the file has them; the sentences are English.
    for (const line of [lines[0], lines[3], lines[4]]) expect(looksFrench(line ?? '')).toBe(false);
  });

  it('a file with no follow-up table says which headings it needs, in English', async () => {
    const { translateFrench } = await import('../../lib/i18n-french');
    const { parsed } = await readFollowUpFile(new TextEncoder().encode('Nom;Ville\nCCAS;Sète\n'), 'autre.csv');
    expect(parsed!.problems.map((p) => translateFrench(p.message))).toEqual([
      'No follow-up table recognised: the first line must carry the headings “Identifiant partenaire” and “Statut” (follow-up) or “Date” and “Type” (log), as in an export from Repère.',
    ]);
  });
});

const partner = { id: 'ml', nom: 'Mission locale' } as StoredPartner;

describe('a card form’s invalid value, on an English browser', () => {
  it('a relance delay over 36 months (partnership) is refused in English', async () => {
    render(<DbContext.Provider value={env.db}><FollowUpSettings partner={partner} partnership={undefined} /></DbContext.Provider>, env.root);
    await type('follow-settings-ml-months', '40');
    submit();
    await waitUntil(() => alertText() !== '');
    expect(alertText()).toBe('Follow up after (months without contact): must be 36 months at most');
    expect(looksFrench(alertText())).toBe(false);
  });

  it('a one-letter contact name and a wrong e-mail (user data) are refused in English', async () => {
    render(<DbContext.Provider value={env.db}><OwnContactForm partnerId="ml" onDone={() => undefined} /></DbContext.Provider>, env.root);
    await type('contact-ml-name', 'X');
    submit();
    await waitUntil(() => alertText() !== '');
    expect(alertText()).toBe('“Name”: must have at least 2 characters');
    await type('contact-ml-name', 'Samira Benali');
    await type('contact-ml-email', 'samira@');
    submit();
    await waitUntil(() => alertText().includes('E-mail'));
    expect(alertText()).toBe('“E-mail”: is not a valid e-mail address');
    expect(looksFrench(alertText())).toBe(false);
  });
});
