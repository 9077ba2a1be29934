// Three reusable rows: a query is matched against thousands of words per keystroke, so no
// allocation per comparison.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertion, deletion, substitution,
 * swap of two neighbours) between `a` and `b`, or, when `prefix` is set, between `a` and the
 * closest prefix of `b` (a word still being typed). Returns `max + 1` as soon as the distance
 * is known to exceed `max`, which keeps a scan of the whole vocabulary cheap.
 */
export function boundedDistance(a: string, b: string, max: number, prefix = false): number {
  const n = a.length;
  const m = prefix ? Math.min(b.length, n + max) : b.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rows[0].length) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  let [before, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  if (!prefix) return Math.min(previous[m], max + 1);
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) best = Math.min(best, previous[j]);
  return best;
}
