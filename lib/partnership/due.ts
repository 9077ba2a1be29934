import type { ContactEntry, Partnership } from '../schema';
import { DEFAULT_RELANCE_MONTHS } from '../schema';
import { addDays, addMonths } from './dates';

/** Conventions ending this close are on the board. */
export const CONVENTION_END_WINDOW_DAYS = 60;
/** A planned review shows this many days ahead. */
export const REVIEW_WINDOW_DAYS = 14;
/** A convention without a bilan for longer than this is on the board. */
export const BILAN_EVERY_DAYS = 365;

export type DueKind = 'convention-end' | 'review' | 'no-bilan' | 'relance' | 'next-contact' | 'never-contacted';

/** One action the counsellor should take, with the day it refers to. */
export interface DueItem {
  partnerId: string;
  kind: DueKind;
  /** The convention's end, the review day, the relance day…; null for a favourite never contacted. */
  date: string | null;
}

/** What the rules read: the counsellor's own data only. */
export interface FollowUpData {
  partnerships: readonly Partnership[];
  log: readonly ContactEntry[];
  /** Ids of the favourite partners. */
  favourites: readonly string[];
}

/** Where one partner stands on a given day. */
export interface PartnerStanding {
  lastContact: string | null;
  /** Day the partner is « à relancer »: last contact + the chosen delay. */
  relanceOn: string | null;
  lastBilan: string | null;
}

const latest = (days: readonly string[]): string | null => days.reduce<string | null>((best, day) => (best === null || day > best ? day : best), null);

export function standingOf(partnership: Partnership | undefined, entries: readonly ContactEntry[]): PartnerStanding {
  const lastContact = latest(entries.map((e) => e.date));
  const lastBilan = latest(entries.filter((e) => e.kind === 'bilan').map((e) => e.date));
  const months = partnership?.relanceMonths ?? DEFAULT_RELANCE_MONTHS;
  return { lastContact, relanceOn: lastContact ? addMonths(lastContact, months) : null, lastBilan };
}

/** The actions due for one partner on `today` (`YYYY-MM-DD`). */
export function dueFor(partnerId: string, partnership: Partnership | undefined, entries: readonly ContactEntry[], isFavourite: boolean, today: string): DueItem[] {
  const items: DueItem[] = [];
  const add = (kind: DueKind, date: string | null) => items.push({ partnerId, kind, date });
  const { lastContact, relanceOn, lastBilan } = standingOf(partnership, entries);
  const convention = partnership?.status === 'convention' ? partnership.convention : null;
  if (convention?.fin && convention.fin >= today && convention.fin <= addDays(today, CONVENTION_END_WINDOW_DAYS)) add('convention-end', convention.fin);
  if (convention?.prochainBilan && convention.prochainBilan <= addDays(today, REVIEW_WINDOW_DAYS) && !(lastBilan && lastBilan >= convention.prochainBilan)) {
    add('review', convention.prochainBilan);
  }
  const reviewedSince = lastBilan ?? convention?.debut ?? null;
  if (convention && reviewedSince && addDays(reviewedSince, BILAN_EVERY_DAYS) < today) add('no-bilan', reviewedSince);
  const planned = partnership?.nextContact ?? null;
  const plannedDue = planned !== null && planned <= today && !(lastContact && lastContact >= planned);
  if (plannedDue) add('next-contact', planned);
  // « Aucun » is the counsellor saying this partner needs no follow-up.
  else if (relanceOn && relanceOn <= today && partnership?.status !== 'aucun') add('relance', relanceOn);
  if (isFavourite && lastContact === null) add('never-contacted', null);
  return items;
}

function byPartner(log: readonly ContactEntry[]): Map<string, ContactEntry[]> {
  const map = new Map<string, ContactEntry[]>();
  for (const entry of log) map.set(entry.partnerId, [...(map.get(entry.partnerId) ?? []), entry]);
  return map;
}

/** Every action due on `today`, the most urgent (earliest day) first; favourites never contacted last. */
export function dueItems(data: FollowUpData, today: string): DueItem[] {
  const entries = byPartner(data.log);
  const partnerships = new Map(data.partnerships.map((p) => [p.partnerId, p]));
  const favourites = new Set(data.favourites);
  const ids = new Set([...partnerships.keys(), ...entries.keys(), ...favourites]);
  const items = [...ids].flatMap((id) => dueFor(id, partnerships.get(id), entries.get(id) ?? [], favourites.has(id), today));
  return items.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.partnerId.localeCompare(b.partnerId));
}
