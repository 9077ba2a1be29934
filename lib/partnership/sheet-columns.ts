import type { ContactEntry, ContactKind, Partnership, PartnershipStatus } from '../schema';
import { dueFor, standingOf, type DueKind } from './due';

/**
 * The team's « tableau de suivi » as a file: its French table names, column headings and values.
 * This is the file's format (data, the same whatever the interface's language), written and read
 * back by lib/partnership/sheet.ts.
 */

export type CellKind = 'text' | 'date' | 'number';
/** A cell as the writers receive it: dates as `YYYY-MM-DD` in a 'date' column. */
export type Cell = string | number | null;

export const BOARD_SHEET = 'Suivi';
export const LOG_SHEET = 'Journal';

export const STATUS_LABELS: Record<PartnershipStatus, string> = { aucun: 'aucun', contact: 'contact', informel: 'partenariat informel', convention: 'convention' };
export const KIND_LABELS: Record<ContactKind, string> = {
  appel: 'appel', courriel: 'courriel', rencontre: 'rencontre', reunion: 'réunion partenariale', orientation: 'orientation faite', bilan: 'bilan annuel',
};
export const DUE_LABELS: Record<DueKind, string> = {
  'convention-end': 'convention qui se termine', review: 'bilan prévu', 'no-bilan': 'pas de bilan depuis plus d’un an',
  'next-contact': 'contact prévu', relance: 'à relancer', 'never-contacted': 'favori jamais contacté',
};

export interface Column<T> {
  key: string;
  header: string;
  kind: CellKind;
  get: (value: T) => Cell;
  /** Columns only written for the reader (computed); ignored on import. */
  computed?: boolean;
}

export interface BoardLine {
  partnership: Partnership;
  commune: string;
  entries: readonly ContactEntry[];
  isFavourite: boolean;
  today: string;
}

export const BOARD_COLUMNS: Column<BoardLine>[] = [
  { key: 'partnerId', header: 'Identifiant partenaire', kind: 'text', get: (l) => l.partnership.partnerId },
  { key: 'partnerName', header: 'Partenaire', kind: 'text', get: (l) => l.partnership.partnerName },
  { key: 'commune', header: 'Commune', kind: 'text', get: (l) => l.commune, computed: true },
  { key: 'status', header: 'Statut', kind: 'text', get: (l) => STATUS_LABELS[l.partnership.status] },
  { key: 'relanceMonths', header: 'À relancer après (mois)', kind: 'number', get: (l) => l.partnership.relanceMonths },
  { key: 'nextContact', header: 'Prochain contact', kind: 'date', get: (l) => l.partnership.nextContact },
  { key: 'lastContact', header: 'Dernier contact', kind: 'date', get: (l) => standingOf(l.partnership, l.entries).lastContact, computed: true },
  { key: 'relanceOn', header: 'À relancer le', kind: 'date', get: (l) => standingOf(l.partnership, l.entries).relanceOn, computed: true },
  {
    key: 'due', header: 'À faire', kind: 'text', computed: true,
    get: (l) => dueFor(l.partnership.partnerId, l.partnership, l.entries, l.isFavourite, l.today).map((i) => DUE_LABELS[i.kind]).join(', '),
  },
  { key: 'objet', header: 'Objet de la convention', kind: 'text', get: (l) => l.partnership.convention?.objet ?? null },
  { key: 'engagementsStructure', header: 'Nos engagements', kind: 'text', get: (l) => l.partnership.convention?.engagementsStructure ?? null },
  { key: 'engagementsPartenaire', header: 'Engagements du partenaire', kind: 'text', get: (l) => l.partnership.convention?.engagementsPartenaire ?? null },
  { key: 'debut', header: 'Début de la convention', kind: 'date', get: (l) => l.partnership.convention?.debut ?? null },
  { key: 'fin', header: 'Fin de la convention', kind: 'date', get: (l) => l.partnership.convention?.fin ?? null },
  { key: 'planAction', header: 'Plan d’action', kind: 'text', get: (l) => l.partnership.convention?.planAction ?? null },
  { key: 'modalitesSuivi', header: 'Modalités de suivi et d’évaluation', kind: 'text', get: (l) => l.partnership.convention?.modalitesSuivi ?? null },
  { key: 'prochainBilan', header: 'Prochain bilan', kind: 'date', get: (l) => l.partnership.convention?.prochainBilan ?? null },
  { key: 'document', header: 'Document de la convention', kind: 'text', get: (l) => l.partnership.convention?.document ?? null },
];

export const LOG_COLUMNS: Column<ContactEntry & { partnerName: string }>[] = [
  { key: 'id', header: 'Identifiant', kind: 'text', get: (e) => e.id },
  { key: 'partnerId', header: 'Identifiant partenaire', kind: 'text', get: (e) => e.partnerId },
  { key: 'partnerName', header: 'Partenaire', kind: 'text', get: (e) => e.partnerName, computed: true },
  { key: 'date', header: 'Date', kind: 'date', get: (e) => e.date },
  { key: 'kind', header: 'Type', kind: 'text', get: (e) => KIND_LABELS[e.kind] },
  { key: 'note', header: 'Note', kind: 'text', get: (e) => e.note },
  { key: 'worked', header: 'Ce qui a fonctionné', kind: 'text', get: (e) => e.bilan?.worked ?? null },
  { key: 'change', header: 'Ce qui est à changer', kind: 'text', get: (e) => e.bilan?.change ?? null },
  { key: 'decision', header: 'Décision', kind: 'text', get: (e) => (e.bilan ? e.bilan.decision.replace('arreter', 'arrêter') : null) },
];
