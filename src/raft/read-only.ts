import { assert } from './errors.js';
import type { Message, NodeId } from './types.js';

/** The most ReadIndex requests a leader holds unanswered; more are dropped (the client retries). */
export const MAX_PENDING_READ_INDEX_REQUESTS = 4096;

interface PendingRead {
  /** The commit index when the request arrived: the read is safe at or after it. */
  index: number;
  request: Message;
  acks: Set<NodeId>;
}

/**
 * ReadIndex requests waiting for a heartbeat round to confirm that this member is
 * still the leader (the "safe" read-only option; no clock-based leases).
 * Requests are answered in arrival order: confirming a later one confirms all before it.
 */
export class ReadOnly {
  private readonly pending = new Map<string, PendingRead>();
  private queue: string[] = [];

  /** Holds `request` (whose first entry's data is the context) at `index`; false when full or duplicate. */
  addRequest(index: number, request: Message): boolean {
    const key = contextKey(request.entries[0]!.data);
    if (this.pending.has(key) || this.pending.size >= MAX_PENDING_READ_INDEX_REQUESTS) return false;
    this.pending.set(key, { index, request, acks: new Set() });
    this.queue.push(key);
    return true;
  }

  /** Records a heartbeat acknowledgement carrying `context`; returns who has acknowledged it. */
  recvAck(id: NodeId, context: Uint8Array): ReadonlySet<NodeId> | null {
    const read = this.pending.get(contextKey(context));
    if (!read) return null;
    read.acks.add(id);
    return read.acks;
  }

  /** Releases every request up to and including the one with `context`, in arrival order. */
  advance(context: Uint8Array): PendingRead[] {
    const key = contextKey(context);
    const at = this.queue.indexOf(key);
    if (at < 0) return [];
    const released = this.queue.slice(0, at + 1).map((k) => {
      const read = this.pending.get(k);
      assert(read !== undefined, `read-only queue and map disagree on ${k}`);
      this.pending.delete(k);
      return read;
    });
    this.queue = this.queue.slice(at + 1);
    return released;
  }

  /** The context of the newest request, to piggyback on heartbeats. */
  lastPendingContext(): Uint8Array | null {
    const key = this.queue[this.queue.length - 1];
    return key === undefined ? null : this.pending.get(key)!.request.entries[0]!.data;
  }

  size(): number {
    return this.queue.length;
  }

  reset(): void {
    this.pending.clear();
    this.queue = [];
  }
}

/** A Map key for a byte string (contexts are small opaque ids). */
function contextKey(bytes: Uint8Array): string {
  let key = '';
  for (const b of bytes) key += String.fromCharCode(b);
  return key;
}
