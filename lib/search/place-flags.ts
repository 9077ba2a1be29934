import type { PackedColumn } from './packed-column';

/** Per-document flags read from the place codes: national entries, and those of a territory. */
export class PlaceFlags {
  private territoryKey = '';
  private territoryFlags = new Uint8Array(0);
  private nationalFlags: Uint8Array | undefined;

  constructor(private readonly places: PackedColumn) {}

  /**
   * National entries: located nowhere but « france » (the starter's hotlines and networks).
   * Computed once per index, reading only the values that mention « france ».
   */
  national(): Uint8Array {
    if (!this.nationalFlags) {
      const flags = new Uint8Array(this.places.length);
      // Zone « france » alone, or no place at all: nothing local about it, so a record without an
      // address (another source's « France Travail ») never passes the starter's trusted one for being placeless.
      const { places } = this;
      places.flagWord('france', flags);
      for (let doc = 0; doc < flags.length; doc++) {
        if (flags[doc]) flags[doc] = places.at(doc) === 'france' ? 1 : 0;
        else if (places.lengthAt(doc) === 0) flags[doc] = 1;
      }
      this.nationalFlags = flags;
    }
    return this.nationalFlags;
  }

  /** Documents located in the territory or serving it, computed once per territory. */
  territory(codes: readonly string[]): Uint8Array {
    const key = codes.join(' ');
    if (key !== this.territoryKey) {
      const flags = new Uint8Array(this.places.length);
      for (const code of new Set(codes)) this.places.flagWord(code, flags);
      this.territoryKey = key;
      this.territoryFlags = flags;
    }
    return this.territoryFlags;
  }
}
