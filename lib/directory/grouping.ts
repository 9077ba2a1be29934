import type { Partner } from '../schema';
import { GROUPING_RULES, MAX_KEY_SHARERS, addressesDiffer, forgetAddresses, type GroupingRule, type GuardId } from './grouping-rules';

/** The counsellor said « Ce ne sont pas les mêmes » about these two partner ids. */
export interface SplitPair {
  a: string;
  b: string;
}

export interface PartnerGroup<P extends Partner = Partner> {
  /** Stable over refreshes: the smallest member id. */
  id: string;
  members: P[];
  /** Why members were joined (rule reasons, in French), strongest first. */
  reasons: string[];
}

interface Cluster {
  parent: number;
  size: number;
  sirets: Set<string>;
  sources: Set<string>;
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
export function groupPartners<P extends Partner>(partners: readonly P[], splits: readonly SplitPair[] = []): PartnerGroup<P>[] {
  const sorted = [...partners].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const clusters: Cluster[] = sorted.map((p, i) => ({
    parent: i,
    size: 1,
    sirets: new Set(p.siret ? [p.siret] : []),
    sources: new Set([p.source]),
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
    big.addresses.push(...small.addresses);
    big.ids.push(...small.ids);
    for (const r of small.rules) big.rules.add(r);
    big.rules.add(rule.id);
  };

  const anyDoublons = sorted.some((p) => (p.doublons?.length ?? 0) > 0);
  for (const rule of GROUPING_RULES) {
    if (rule.id === 'doublon' && !anyDoublons) continue;
    const buckets = new Map<string, number[]>();
    sorted.forEach((partner, i) => {
      for (const key of rule.keys(partner)) {
        const bucket = buckets.get(key);
        if (bucket) bucket.push(i);
        else buckets.set(key, [i]);
      }
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_KEY_SHARERS) continue;
      for (let m = 0; m < bucket.length; m++) for (let n = m + 1; n < bucket.length; n++) join(bucket[m], bucket[n], rule);
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
