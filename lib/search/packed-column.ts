/** Between the values of a packed column; never in folded words, replaced by a space in names. */
export const SEPARATOR = '\u001f';

/** What the index reads of a column of text, one value per document: an array or a PackedColumn. */
export interface TextColumn {
  readonly length: number;
  at(index: number): string | undefined;
}

export function packColumn(values: readonly (string | null | undefined)[]): string {
  return values.map((value) => (value ?? '').replaceAll(SEPARATOR, ' ')).join(SEPARATOR);
}

/**
 * A column of strings kept as the one string it was stored as, with the offset of each value.
 * Splitting it would make one string per value at every opening of the popup (~100,000 at 10,000
 * partners, and the garbage collection they trigger: about 30 ms of the popup's first results,
 * tests/e2e/search-scale.spec.ts); a PackedColumn makes only the values a result list reads.
 */
export class PackedColumn implements TextColumn {
  readonly length: number;
  /** Value i is packed.slice(starts[i], starts[i + 1] - 1); one extra entry closes the last value. */
  private readonly starts: Uint32Array;
  private firstChars: Uint16Array | undefined;

  constructor(
    private readonly packed: string,
    count: number,
  ) {
    this.length = count;
    this.starts = new Uint32Array(count + 1);
    let at = 0;
    for (let i = 1; i < count; i++) {
      at = packed.indexOf(SEPARATOR, at) + 1;
      if (at === 0) throw new Error(`packed column holds ${i} values, not ${count}`);
      this.starts[i] = at;
    }
    if (count > 0 && packed.indexOf(SEPARATOR, at) !== -1) throw new Error(`packed column holds more than ${count} values`);
    this.starts[count] = packed.length + 1;
  }

  at(index: number): string | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return this.packed.slice(this.starts[index], this.starts[index + 1] - 1);
  }

  /** The length of value i, without making its string (0: an empty value). */
  lengthAt(index: number): number {
    return index >= 0 && index < this.length ? this.starts[index + 1] - 1 - this.starts[index] : 0;
  }

  /**
   * The first character of every value as a UTF-16 code (0: an empty value), made once: whether a
   * name can begin with the query is then one array read per candidate (issue 20).
   */
  firstCharCodes(): Uint16Array {
    if (!this.firstChars) {
      const codes = new Uint16Array(this.length);
      for (let i = 0; i < this.length; i++) if (this.lengthAt(i) > 0) codes[i] = this.packed.charCodeAt(this.starts[i]);
      this.firstChars = codes;
    }
    return this.firstChars;
  }

  /** Whether value i begins with `prefix` (or is it), without making its string. */
  startsWithAt(index: number, prefix: string): boolean {
    return this.lengthAt(index) >= prefix.length && this.packed.startsWith(prefix, this.starts[index]);
  }

  /** Whether value i is `value`, without making its string. */
  equalsAt(index: number, value: string): boolean {
    return this.lengthAt(index) === value.length && this.packed.startsWith(value, this.starts[index]);
  }

  /** Position of the first value equal to `value`, or -1: a search of the packed string, no split. */
  indexOf(value: string): number {
    const { packed } = this;
    if (!value) return -1;
    for (let at = packed.indexOf(value); at !== -1; at = packed.indexOf(value, at + 1)) {
      const end = at + value.length;
      if ((at === 0 || packed[at - 1] === SEPARATOR) && (end === packed.length || packed[end] === SEPARATOR)) {
        const index = this.valueAt(at);
        if (this.starts[index] === at && this.starts[index + 1] - 1 === end) return index;
      }
    }
    return -1;
  }

  /**
   * Which values hold `word` as one of their space-separated words, as a flag per value (the
   * territory's codes among the partners' place codes), without making a string per value.
   */
  flagWord(word: string, flags: Uint8Array): void {
    const { packed } = this;
    if (!word || word.includes(' ') || word.includes(SEPARATOR)) return;
    const boundary = (char: string | undefined) => char === undefined || char === ' ' || char === SEPARATOR;
    for (let at = packed.indexOf(word); at !== -1; at = packed.indexOf(word, at + 1)) {
      if (boundary(packed[at - 1]) && boundary(packed[at + word.length])) flags[this.valueAt(at)] = 1;
    }
  }

  /** The value the character at `position` belongs to. */
  private valueAt(position: number): number {
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid] <= position) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
