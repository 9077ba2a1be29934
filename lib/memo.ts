/**
 * A pure function of a string, answered once per string: lists and pages repeat the same few
 * texts (badges, hours formats, typed words) hundreds of times. Bounded: past `limit` answers
 * the memory starts again. It lives in the page's memory only, like the texts it is given.
 */
export function memoizeByText<T>(compute: (text: string) => T, limit = 4000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text) as T;
    if (memo.size >= limit) memo.clear();
    const value = compute(text);
    memo.set(text, value);
    return value;
  };
}
