/**
 * The stored form of a word index's postings (format 5 of the stored index, lib/search/snapshot.ts):
 * postingDoc (4 bytes a posting) and postingWeight (1 byte) are ~70 % of the index a page reads,
 * and reading it is what a Firefox popup waits for when its event page is suspended (issue 20:
 * the cost is the bytes crossing from IndexedDB's process, ~50 ms a megabyte). Within a word,
 * postings come in runs of one weight with ascending documents (token-index.ts sorts them so):
 * each run is stored as its weight, its length and the gaps between its documents, in LEB128
 * varints — one byte for most postings.
 *
 * Any postings round-trip exactly, sorted or not: a run ends wherever the weight changes or the
 * documents stop ascending.
 */

class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes);
      this.bytes = bigger;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.bytes[this.length++] = v;
  }
}

export function encodePostings(postingStart: Uint32Array, postingDoc: Uint32Array, postingWeight: Uint8Array): Uint8Array {
  const out = new ByteWriter();
  const words = postingStart.length - 1;
  for (let w = 0; w < words; w++) {
    const end = postingStart[w + 1];
    let p = postingStart[w];
    while (p < end) {
      const weight = postingWeight[p];
      let runEnd = p + 1;
      while (runEnd < end && postingWeight[runEnd] === weight && postingDoc[runEnd] > postingDoc[runEnd - 1]) runEnd++;
      out.varint(weight);
      out.varint(runEnd - p);
      out.varint(postingDoc[p]);
      for (let q = p + 1; q < runEnd; q++) out.varint(postingDoc[q] - postingDoc[q - 1] - 1);
      p = runEnd;
    }
  }
  return out.bytes.slice(0, out.length);
}

/** The postings `encodePostings` stored, laid out by `postingStart` (which is stored as is). */
export function decodePostings(bytes: Uint8Array, postingStart: Uint32Array): { postingDoc: Uint32Array; postingWeight: Uint8Array } {
  const total = postingStart[postingStart.length - 1] ?? 0;
  const postingDoc = new Uint32Array(total);
  const postingWeight = new Uint8Array(total);
  let at = 0;
  // Inlined varint reads: this loop runs once per posting at every read of the index.
  const read = (): number => {
    let byte = bytes[at++];
    let value = byte & 0x7f;
    for (let shift = 7; byte & 0x80; shift += 7) {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
    }
    return value;
  };
  let p = 0;
  while (p < total) {
    if (at >= bytes.length) throw new Error(`stored postings end after ${p} of ${total}`);
    const weight = read();
    const length = read();
    if (length === 0 || p + length > total) throw new Error('stored postings are damaged');
    let doc = read();
    postingDoc[p] = doc;
    postingWeight[p++] = weight;
    for (let k = 1; k < length; k++) {
      doc += read() + 1;
      postingDoc[p] = doc;
      postingWeight[p++] = weight;
    }
  }
  if (at !== bytes.length) throw new Error('stored postings hold more than their words');
  return { postingDoc, postingWeight };
}
