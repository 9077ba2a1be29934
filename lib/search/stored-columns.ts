import { PackedColumn, SEPARATOR, packColumn, type TextColumn } from './packed-column';

/**
 * Columns of the stored index (format 5, lib/search/snapshot.ts) in fewer bytes: what a Firefox
 * popup reads when its event page is suspended is paid by the byte (issue 20).
 */

/**
 * A packed column as stored: the string itself while every character fits in one byte
 * (IndexedDB then stores and sends it one byte a character), else its UTF-8 bytes — a single
 * « œ » or « ’ » in 10,000 names would otherwise make the whole column two bytes a character.
 */
export type StoredText = string | Uint8Array;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function storeText(text: string): StoredText {
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u00ff]/.test(text) ? encoder.encode(text) : text;
}

export function readText(stored: StoredText): string {
  return typeof stored === 'string' ? stored : decoder.decode(stored);
}

/** The smallest unsigned array that holds every value. */
function compactUints(values: readonly number[]): Uint8Array | Uint16Array | Uint32Array {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  return max < 256 ? Uint8Array.from(values) : max < 65_536 ? Uint16Array.from(values) : Uint32Array.from(values);
}

/**
 * The thematiques of every document as codes into a dictionary of the distinct thematiques
 * (a few hundred): a document's space-joined thematiques (~130 characters) become ~4 bytes.
 */
export interface StoredThemes {
  /** The distinct values, packed (packed-column.ts). */
  dictionary: string;
  /** How many values each document has. */
  counts: Uint8Array | Uint16Array | Uint32Array;
  /** Every document's values in order, as positions in the dictionary. */
  codes: Uint8Array | Uint16Array | Uint32Array;
}

/** `column` holds each document's values joined by spaces; an empty string is no value. */
export function storeThemes(column: TextColumn): StoredThemes {
  const positions = new Map<string, number>();
  const counts: number[] = [];
  const codes: number[] = [];
  for (let doc = 0; doc < column.length; doc++) {
    const joined = column.at(doc) ?? '';
    const values = joined === '' ? [] : joined.split(' ');
    counts.push(values.length);
    for (const value of values) {
      let code = positions.get(value);
      if (code === undefined) positions.set(value, (code = positions.size));
      codes.push(code);
    }
  }
  return { dictionary: packColumn([...positions.keys()]), counts: compactUints(counts), codes: compactUints(codes) };
}

/** The stored thematiques, read as the column they were stored from (each string made when asked). */
export class ThemeColumn implements TextColumn {
  readonly length: number;
  private readonly values: string[];
  private readonly starts: Uint32Array;

  constructor(private readonly stored: StoredThemes) {
    const { counts, codes, dictionary } = stored;
    this.length = counts.length;
    this.values = dictionary === '' && codes.length === 0 ? [] : dictionary.split(SEPARATOR);
    this.starts = new Uint32Array(counts.length + 1);
    for (let doc = 0; doc < counts.length; doc++) this.starts[doc + 1] = this.starts[doc] + counts[doc];
    if (this.starts[counts.length] !== codes.length) throw new Error('stored thematiques are damaged');
  }

  /** Document `index`'s values, in the order they were stored. */
  list(index: number): string[] {
    if (!(index >= 0 && index < this.length)) return [];
    const out: string[] = [];
    for (let k = this.starts[index]; k < this.starts[index + 1]; k++) {
      const value = this.values[this.stored.codes[k]];
      if (value === undefined) throw new Error('stored thematiques are damaged');
      out.push(value);
    }
    return out;
  }

  at(index: number): string | undefined {
    return index >= 0 && index < this.length ? this.list(index).join(' ') : undefined;
  }
}

/** The thematiques of a stored index of format 4 (one packed string) as a ThemeColumn would give them. */
export function themesOfPacked(packed: string, count: number): TextColumn & { list(index: number): string[] } {
  const column = new PackedColumn(packed, count);
  return {
    length: count,
    at: (index) => column.at(index),
    list: (index) => {
      const joined = column.at(index);
      return joined ? joined.split(' ') : [];
    },
  };
}
