import type { MessageKey } from '../i18n';
import type { Partner } from '../schema';
import {
  GROUPING_RULES,
  MAX_KEY_SHARERS,
  addressesAgree,
  addressesDiffer,
  doublonClaims,
  doublonTargets,
  foldedName,
  forgetAddresses,
  type GroupingRule,
  type GuardId,
} from './grouping-rules';
import { doublonsComputedByDataInclusion } from './record-id';

/** The counsellor said « Ce ne sont pas les mêmes » about these two partner ids. */
export interface SplitPair {
  a: string;
  b: string;
}

export interface PartnerGroup<P extends Partner = Partner> {
  /** Stable over refreshes: the smallest member id. */
  id: string;
  members: P[];
  /** Why members were joined (the rules' message keys), strongest first. */
  reasons: MessageKey[];
}

interface Cluster {
  parent: number;
  size: number;
  sirets: Set<string>;
  sources: Set<string>;
  /** Directory sources (import, subscription) of the members; `''` when not stored. */
  origins: Set<string>;
  names: Set<string>;
  addresses: string[];
  ids: string[];
  rules: Set<GroupingRule['id']>;
}

/**
 * Groups records of the same real structure (see GROUPING_RULES), never joining what a guard
 * refuses — including two records the counsellor split. Deterministic: the same records and
 * splits give the same groups whatever their order. Cost is linear in the records (keys in
 * maps), so it runs wherever the search index is built.
 */
export interface GroupingOptions<P> {
  /**
   * Whether data·inclusion computed this record's `doublons` (by default: it came from the
   * national API). Another record's claim joins only when the claimed record claims it back.
   */
  doublonsTrusted?: (partner: P) => boolean;
}

const originOf = (p: Partner) => (p as Partner & { origin?: string }).origin ?? '';

export function groupPartners<P extends Partner>(partners: readonly P[], splits: readonly SplitPair[] = [], options: GroupingOptions<P> = {}): PartnerGroup<P>[] {
  const trusted = options.doublonsTrusted ?? ((p: P) => doublonsComputedByDataInclusion(originOf(p)));
  const sorted = [...partners].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const clusters: Cluster[] = sorted.map((p, i) => ({
    parent: i,
    size: 1,
    sirets: new Set(p.siret ? [p.siret] : []),
    sources: new Set([p.source]),
    origins: new Set([originOf(p)]),
    names: new Set([foldedName(p.nom)]),
    addresses: p.adresse ? [p.adresse] : [],
    ids: [p.id],
    rules: new Set(),
  }));
  const apart = new Map<string, Set<string>>();
  for (const { a, b } of splits) {
    if (!apart.has(a)) apart.set(a, new Set());
    if (!apart.has(b)) apart.set(b, new Set());
    apart.get(a)!.add(b);
    apart.get(b)!.add(a);
  }
  const find = (i: number): number => {
    while (clusters[i].parent !== i) {
      clusters[i].parent = clusters[clusters[i].parent].parent;
      i = clusters[i].parent;
    }
    return i;
  };
  const refuses: Record<GuardId, (x: Cluster, y: Cluster) => boolean> = {
    'user-split': (x, y) => x.ids.some((id) => y.ids.some((other) => apart.get(id)?.has(other))),
    'different-siret': (x, y) => x.sirets.size > 0 && y.sirets.size > 0 && ![...x.sirets].some((s) => y.sirets.has(s)),
    'different-address': (x, y) => x.addresses.some((a) => y.addresses.some((b) => addressesDiffer(a, b))),
    'same-source': (x, y) => [...x.sources].some((s) => y.sources.has(s)),
    'other-source-unconfirmed': (x, y) => {
      const oneOrigin = x.origins.size === 1 && y.origins.size === 1 && [...x.origins][0] === [...y.origins][0];
      if (oneOrigin) return false;
      const sameName = [...x.names].some((n) => n !== '' && y.names.has(n));
      return !sameName && !x.addresses.some((a) => y.addresses.some((b) => addressesAgree(a, b)));
    },
  };
  const join = (i: number, j: number, rule: GroupingRule) => {
    let x = find(i);
    let y = find(j);
    if (x === y) return;
    if (rule.guards.some((guard) => refuses[guard](clusters[x], clusters[y]))) return;
    if (clusters[x].size < clusters[y].size) [x, y] = [y, x];
    const big = clusters[x];
    const small = clusters[y];
    small.parent = x;
    big.size += small.size;
    for (const s of small.sirets) big.sirets.add(s);
    for (const s of small.sources) big.sources.add(s);
    for (const o of small.origins) big.origins.add(o);
    for (const n of small.names) big.names.add(n);
    big.addresses.push(...small.addresses);
    big.ids.push(...small.ids);
    for (const r of small.rules) big.rules.add(r);
    big.rules.add(rule.id);
  };

  joinDoublons(sorted, trusted, (i, j) => join(i, j, GROUPING_RULES[0]));
  for (const rule of GROUPING_RULES) {
    if (rule.id === 'doublon') continue;
    const buckets = new Map<string, number[]>();
    const bucketOf = (keysOf: (p: P) => string[], only?: readonly number[]) => {
      buckets.clear();
      for (const i of only ?? sorted.keys()) {
        for (const key of keysOf(sorted[i])) {
          const bucket = buckets.get(key);
          if (bucket) bucket.push(i);
          else buckets.set(key, [i]);
        }
      }
      return [...buckets.values()];
    };
    const joinAll = (bucket: readonly number[]) => {
      for (let m = 0; m < bucket.length; m++) for (let n = m + 1; n < bucket.length; n++) join(bucket[m], bucket[n], rule);
    };
    const crowded: number[][] = [];
    for (const bucket of bucketOf(rule.keys)) {
      if (bucket.length < 2) continue;
      if (bucket.length <= MAX_KEY_SHARERS) joinAll(bucket);
      else if (rule.refine) crowded.push(bucket);
    }
    for (const bucket of crowded) {
      for (const finer of bucketOf(rule.refine!, bucket)) if (finer.length >= 2 && finer.length <= MAX_KEY_SHARERS) joinAll(finer);
    }
  }

  forgetAddresses();
  const groups = new Map<number, P[]>();
  sorted.forEach((partner, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(partner);
    else groups.set(root, [partner]);
  });
  return [...groups.entries()].map(([root, members]) => ({
    id: members[0].id,
    members,
    reasons: GROUPING_RULES.filter((rule) => clusters[root].rules.has(rule.id)).map((rule) => rule.reason),
  }));
}

/**
 * data·inclusion's duplicate lists: a record's claim joins it to the records it names when
 * data·inclusion computed the list (`trusted`), or when the named record names it back.
 */
function joinDoublons<P extends Partner>(sorted: readonly P[], trusted: (p: P) => boolean, join: (i: number, j: number) => void): void {
  if (!sorted.some((p) => (p.doublons?.length ?? 0) > 0)) return;
  const targets = new Map<string, number[]>();
  sorted.forEach((p, i) => {
    for (const key of doublonTargets(p)) targets.set(key, [...(targets.get(key) ?? []), i]);
  });
  sorted.forEach((p, i) => {
    const claims = doublonClaims(p);
    if (claims.length === 0) return;
    const own = new Set(doublonTargets(p));
    for (const key of claims) {
      for (const j of targets.get(key) ?? []) {
        if (j === i) continue;
        if (trusted(p) || doublonClaims(sorted[j]).some((back) => own.has(back))) join(i, j);
      }
    }
  });
}
