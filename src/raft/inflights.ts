import { assert } from './errors.js';

/**
 * The append messages in flight to one follower, as a bounded ring: each slot is
 * the last index an append carried and its size. The leader stops sending when the
 * ring is full by count or by bytes, and frees slots as acknowledgements arrive.
 */
export class Inflights {
  private readonly indexes: number[] = [];
  private readonly sizes: number[] = [];
  private start = 0;
  private count = 0;
  private bytes = 0;

  /**
   * @param capacity the most messages in flight (≥ 1)
   * @param maxBytes the most bytes in flight; 0 means no byte bound
   */
  constructor(
    readonly capacity: number,
    readonly maxBytes: number,
  ) {
    assert(Number.isInteger(capacity) && capacity > 0, `inflights capacity ${capacity} must be positive`);
  }

  clone(): Inflights {
    const copy = new Inflights(this.capacity, this.maxBytes);
    for (let i = 0; i < this.count; i++) {
      const slot = (this.start + i) % this.capacity;
      copy.add(this.indexes[slot]!, this.sizes[slot]!);
    }
    return copy;
  }

  /** Records an append whose last entry is `index` and whose entries total `sizeBytes`. */
  add(index: number, sizeBytes: number): void {
    assert(!this.full(), 'cannot add to full inflights');
    if (this.count > 0) {
      const lastSlot = (this.start + this.count - 1) % this.capacity;
      assert(index > this.indexes[lastSlot]!, `inflight index ${index} not after ${this.indexes[lastSlot]}`);
    }
    const slot = (this.start + this.count) % this.capacity;
    this.indexes[slot] = index;
    this.sizes[slot] = sizeBytes;
    this.count++;
    this.bytes += sizeBytes;
  }

  /** Frees every in-flight append whose last index is ≤ `index`. */
  freeLE(index: number): void {
    while (this.count > 0 && this.indexes[this.start]! <= index) {
      this.bytes -= this.sizes[this.start]!;
      this.start = (this.start + 1) % this.capacity;
      this.count--;
    }
    if (this.count === 0) this.start = 0;
    assert(this.bytes >= 0, 'inflight bytes went negative');
  }

  full(): boolean {
    return this.count === this.capacity || (this.maxBytes > 0 && this.bytes >= this.maxBytes);
  }

  size(): number {
    return this.count;
  }

  sizeBytes(): number {
    return this.bytes;
  }

  reset(): void {
    this.start = 0;
    this.count = 0;
    this.bytes = 0;
  }
}
