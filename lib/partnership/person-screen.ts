import type { RepereDB } from '../db/database';
import type { ContactEntry, Partnership } from '../schema';
import { partnerContext, personDataIn, type PartnerLike, type PersonDataContext, type PersonDataFinding } from './person-data';

/**
 * The person-data check on records that arrive in bulk (the team's spreadsheet, a restored
 * backup): each follow-up line whose free text looks like a person's data is held back, with
 * why, and written only if the counsellor confirms, as the card's form asks before saving.
 */

/** A line held back: which table, its line in the file (or its rank in the backup), and what was found. */
export interface HeldLine {
  table: 'partnerships' | 'log';
  /** Line of the spreadsheet, or 1-based rank in the backup's list. */
  line: number;
  partnerId: string;
  findings: PersonDataFinding[];
}

/** The free text a counsellor typed in a follow-up record. */
export function partnershipTexts(p: Partnership): string[] {
  const c = p.convention;
  return c ? [c.objet, c.engagementsStructure, c.engagementsPartenaire, c.planAction, c.modalitesSuivi].filter((v): v is string => Boolean(v)) : [];
}
export function entryTexts(e: ContactEntry): string[] {
  return [e.note, e.bilan?.worked, e.bilan?.change].filter((v): v is string => Boolean(v));
}

export interface ExtraPartnerData {
  partners?: readonly (PartnerLike & { id: string })[];
  contacts?: readonly { partnerId: string; phone?: string | null; email?: string | null }[];
}

/** Each partner's context (its numbers, e-mails, site, address) from the directory, its contacts and `extra`. */
export async function personContexts(db: RepereDB, partnerIds: readonly string[], currentYear: number, extra: ExtraPartnerData = {}): Promise<(partnerId: string) => PersonDataContext> {
  const ids = [...new Set(partnerIds)];
  const [partners, contacts] = ids.length === 0 ? [[], []] : await Promise.all([db.partners.where('id').anyOf(ids).toArray(), db.contacts.where('partnerId').anyOf(ids).toArray()]);
  const partnersOf = new Map<string, PartnerLike[]>();
  const contactsOf = new Map<string, { phone?: string | null; email?: string | null }[]>();
  for (const p of [...partners, ...(extra.partners ?? [])]) partnersOf.set(p.id, [...(partnersOf.get(p.id) ?? []), p]);
  for (const c of [...contacts, ...(extra.contacts ?? [])]) contactsOf.set(c.partnerId, [...(contactsOf.get(c.partnerId) ?? []), c]);
  const cache = new Map<string, PersonDataContext>();
  return (id) => {
    let context = cache.get(id);
    if (!context) cache.set(id, (context = partnerContext(partnersOf.get(id) ?? [], contactsOf.get(id) ?? [], currentYear)));
    return context;
  };
}

function findingsIn(texts: readonly string[], context: PersonDataContext): PersonDataFinding[] {
  return texts.flatMap((text) => personDataIn(text, context));
}

/** Splits follow-up records into those to write and those held back. */
export function screenFollowUp<P extends Partnership, E extends ContactEntry>(
  records: { partnerships: readonly P[]; log: readonly E[]; partnershipLines?: readonly number[]; logLines?: readonly number[] },
  contextOf: (partnerId: string) => PersonDataContext,
): { partnerships: P[]; log: E[]; held: HeldLine[] } {
  const held: HeldLine[] = [];
  const keep = <T extends { partnerId: string }>(items: readonly T[], table: HeldLine['table'], textsOf: (item: T) => string[], lines?: readonly number[]) =>
    items.filter((item, i) => {
      const findings = findingsIn(textsOf(item), contextOf(item.partnerId));
      if (findings.length === 0) return true;
      held.push({ table, line: lines?.[i] ?? i + 1, partnerId: item.partnerId, findings });
      return false;
    });
  const partnerships = keep(records.partnerships, 'partnerships', partnershipTexts, records.partnershipLines);
  const log = keep(records.log, 'log', entryTexts, records.logLines);
  return { partnerships, log, held };
}
