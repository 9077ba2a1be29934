import { z } from 'zod';
import { checkSubscriptionUrl } from '../import/subscription-url';
import { parseSiteAddress } from '../case-file/sites';
import { mailtoHref } from '../contact';
import { t, type MessageKey } from '../i18n';
import { asClause } from '../sentence';

/**
 * What a structure presets by policy (`storage.managed`: Chrome/Edge `3rdparty.extensions.<id>`,
 * Firefox policies.json `3rdparty.Extensions.<id>`). The schema the browsers show administrators
 * is public/managed-schema.json; docs/deploiement.md documents both. A policy is outside input:
 * each entry is checked on its own, a bad one is left out with a message naming it (through `t()`:
 * the background writes it in the browser's language), and the good ones still apply — a bad
 * policy never blocks the extension.
 */

export interface ManagedSubscription {
  url: string;
  label?: string;
  coordinatorEmail?: string;
}

export interface ManagedLocks {
  territory: boolean;
  subscriptions: boolean;
  caseSites: boolean;
}

export interface ManagedPolicy {
  /** Official codes: commune (INSEE, 5), EPCI (SIREN, 9), département (2–3). */
  territory: string[];
  subscriptions: ManagedSubscription[];
  /** Origins, e.g. `https://emplois.inclusion.beta.gouv.fr`. */
  caseSites: string[];
  locked: ManagedLocks;
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** One per thing left out, naming the setting and the entry, in the interface's language. */
  problems: string[];
}

export const MAX_TERRITORY_CODES = 50;
export const MAX_SUBSCRIPTIONS = 20;
export const MAX_CASE_SITES = 50;

export const EMPTY_POLICY: ManagedPolicy = {
  territory: [],
  subscriptions: [],
  caseSites: [],
  locked: { territory: false, subscriptions: false, caseSites: false },
};

/** The code's kind by its shape (the geography then says whether it exists). */
export function territoryCodeKind(code: string): 'commune' | 'epci' | 'departement' | undefined {
  if (/^\d{9}$/.test(code)) return 'epci';
  if (/^(?:\d{5}|2[AB]\d{3})$/.test(code)) return 'commune';
  if (/^(?:\d{2}|2[AB]|97\d)$/.test(code)) return 'departement';
  return undefined;
}

const KNOWN_KEYS = ['territory', 'subscriptions', 'caseSites', 'locked'] as const;
const NAME_KEYS: Record<(typeof KNOWN_KEYS)[number], MessageKey> = {
  territory: 'managedNameTerritory',
  subscriptions: 'managedNameSubscriptions',
  caseSites: 'managedNameCaseSites',
  locked: 'managedNameLocked',
};
const nameOf = (key: (typeof KNOWN_KEYS)[number]) => t(NAME_KEYS[key]);

/** An admin's value as the messages quote it (they add the quotation marks of their language). */
const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

const SubscriptionShape = z.object({ url: z.string(), label: z.string().optional(), coordinatorEmail: z.string().optional() });

/** Checks a policy as the browser hands it over (anything: the admin typed it). */
export function parsePolicy(raw: unknown): ParsedPolicy {
  const problems: string[] = [];
  const policy: ManagedPolicy = structuredClone(EMPTY_POLICY);
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: [t('managedPolicyNotObject')] };
  }
  const input = raw as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) problems.push(t('managedUnknownSetting', show(key), KNOWN_KEYS.join(', ')));
  }
  const list = (key: 'territory' | 'subscriptions' | 'caseSites', max: number): unknown[] => {
    const value = input[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(t('managedNotList', nameOf(key), show(value)));
      return [];
    }
    if (value.length > max) problems.push(t('managedTooMany', nameOf(key), value.length, max));
    return value.slice(0, max);
  };
  const entry = (key: 'territory' | 'subscriptions' | 'caseSites', index: number, what: string) => problems.push(t('managedEntryIgnored', nameOf(key), index + 1, asClause(what)));

  list('territory', MAX_TERRITORY_CODES).forEach((code, index) => {
    const text = typeof code === 'string' ? code.trim().toUpperCase() : code;
    if (typeof text !== 'string' || !territoryCodeKind(text)) {
      return entry('territory', index, t('managedBadCode', show(code)));
    }
    if (!policy.territory.includes(text)) policy.territory.push(text);
  });

  list('subscriptions', MAX_SUBSCRIPTIONS).forEach((item, index) => {
    const shape = SubscriptionShape.safeParse(item);
    if (!shape.success) return entry('subscriptions', index, t('managedBadSubscription', show(item)));
    const checked = checkSubscriptionUrl(shape.data.url);
    if (!checked.ok) return entry('subscriptions', index, t('managedBadSubscriptionUrl', show(shape.data.url), checked.message));
    const email = shape.data.coordinatorEmail?.trim();
    if (email && !mailtoHref(email)) return entry('subscriptions', index, t('managedBadEmail', show(email)));
    const label = shape.data.label?.trim().slice(0, 200);
    if (policy.subscriptions.some((s) => s.url === checked.url)) return;
    policy.subscriptions.push({ url: checked.url, ...(label ? { label } : {}), ...(email ? { coordinatorEmail: email } : {}) });
  });

  list('caseSites', MAX_CASE_SITES).forEach((site, index) => {
    if (typeof site !== 'string') return entry('caseSites', index, t('managedBadSite', show(site)));
    const parsed = parseSiteAddress(site);
    if (!parsed.ok) return entry('caseSites', index, parsed.error);
    if (!policy.caseSites.includes(parsed.origin)) policy.caseSites.push(parsed.origin);
  });

  const locked = input.locked;
  if (locked !== undefined) {
    if (typeof locked !== 'object' || locked === null || Array.isArray(locked)) {
      problems.push(t('managedLockedNotObject', nameOf('locked'), show(locked)));
    } else {
      for (const [key, value] of Object.entries(locked)) {
        if (!(key in policy.locked)) problems.push(t('managedLockUnknown', nameOf('locked'), show(key)));
        else if (typeof value !== 'boolean') problems.push(t('managedLockNotBoolean', nameOf('locked'), key, show(value)));
        else policy.locked[key as keyof ManagedLocks] = value;
      }
    }
  }
  return { policy, problems };
}
