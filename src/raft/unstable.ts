import { assert } from './errors.js';
import type { Entry, Snapshot } from './types.js';

/**
 * Entries (and possibly a snapshot) the core has accepted but the application has
 * not yet persisted. `entries[i]` has index `offset + i`. When a snapshot is
 * pending, `offset` is the snapshot index + 1.
 */
export class Unstable {
  snapshot: Snapshot | null = null;
  entries: Entry[] = [];

  constructor(public offset: number) {}

  /** The first index if a snapshot is pending (the log starts right after it). */
  maybeFirstIndex(): number | null {
    return this.snapshot ? this.snapshot.metadata.index + 1 : null;
  }

  /** The last index held here, from the entries or else the pending snapshot. */
  maybeLastIndex(): number | null {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    return this.snapshot ? this.snapshot.metadata.index : null;
  }

  /** The term of entry `i` if it is held here. */
  maybeTerm(i: number): number | null {
    if (i < this.offset) {
      if (this.snapshot && this.snapshot.metadata.index === i) return this.snapshot.metadata.term;
      return null;
    }
    const last = this.maybeLastIndex();
    if (last === null || i > last) return null;
    return this.entries[i - this.offset]!.term;
  }

  /**
   * Entries up to `index` (with term `term`) are durable now. If the entry at
   * `index` changed meanwhile (a newer leader overwrote it), nothing is released.
   */
  stableTo(index: number, term: number): void {
    const t = this.maybeTerm(index);
    if (t === null || t !== term || index < this.offset) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
  }

  stableSnapTo(index: number): void {
    if (this.snapshot && this.snapshot.metadata.index === index) this.snapshot = null;
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.entries = [];
    this.snapshot = snapshot;
  }

  /** Appends `ents`, first cutting away any held entries at or after their first index. */
  truncateAndAppend(ents: readonly Entry[]): void {
    if (ents.length === 0) return;
    const after = ents[0]!.index;
    if (after === this.offset + this.entries.length) {
      this.entries = this.entries.concat(ents);
    } else if (after <= this.offset) {
      // Everything held is replaced; the log below `after` is in storage.
      this.offset = after;
      this.entries = ents.slice();
    } else {
      this.entries = this.entries.slice(0, after - this.offset).concat(ents);
    }
  }

  /** Entries in [lo, hi), which must lie within what is held. */
  slice(lo: number, hi: number): Entry[] {
    assert(lo <= hi, `unstable slice: lo ${lo} > hi ${hi}`);
    const upper = this.offset + this.entries.length;
    assert(lo >= this.offset && hi <= upper, `unstable slice [${lo}, ${hi}) out of [${this.offset}, ${upper})`);
    return this.entries.slice(lo - this.offset, hi - this.offset);
  }
}
