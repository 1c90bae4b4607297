/**
 * The simulated network: every message is delivered after a random delay in
 * simulated time, or lost, or duplicated, or overtaken by a later one; links can
 * be cut in one direction or both (partitions) or made slow, and heal over time.
 * Each link has a bounded queue and drops what does not fit, like a real transport.
 */
import type { Message, NodeId, SeededRandom } from '../../src/raft/index.js';
import type { NetworkParams } from './params.js';

/**
 * Messages queued on one directed link before the transport drops new ones. etcd's
 * pipeline keeps 64 in flight per peer; 128 leaves room for duplicates and bursts
 * while a slow link still overflows within a few hundred milliseconds.
 */
export const LINK_QUEUE_MESSAGES_MAX = 128;
/** Extra delay a slow link adds, at most: long enough to fill its queue. */
export const SLOW_LINK_EXTRA_DELAY_MS_MAX = 300;

/** A message on its way, with what the report back to its sender needs. */
export interface InFlight {
  deliverAtMs: number;
  /** Send order: breaks ties between messages due at the same ms, deterministically. */
  seq: number;
  message: Message;
  /** The sender's incarnation: a report to a restarted sender is stale. */
  fromIncarnation: number;
  /** False for a duplicate: only the original reports a snapshot's fate. */
  original: boolean;
}

/** Why a message did not arrive. */
export type DropReason = 'loss' | 'cut' | 'queue-full' | 'down';

/** A fault on a set of directed links, healed at `healAtMs`. */
export interface Partition {
  label: string;
  /** Directed links (`from>to`) that deliver nothing. */
  cut: Set<string>;
  /** Directed links that add up to {@link SLOW_LINK_EXTRA_DELAY_MS_MAX} of delay. */
  slow: Set<string>;
  healAtMs: number;
}

/** The key of the directed link from `from` to `to`. */
export function linkKey(from: NodeId, to: NodeId): string {
  return `${from}>${to}`;
}

/** A copy a receiver may keep: a real transport hands over decoded copies, never the sender's objects. */
export function cloneMessage(m: Message): Message {
  return { ...m, entries: m.entries.map((e) => ({ ...e })) };
}

/** Every message in flight, in delivery order, with the links' queues and the active partitions. */
export class Network {
  private readonly heap: InFlight[] = [];
  private readonly queued = new Map<string, number>();
  /** For FIFO links: the latest delivery time scheduled on each link. */
  private readonly lastDeliveryMs = new Map<string, number>();
  private seq = 0;
  readonly partitions: Partition[] = [];
  /** Off in the liveness phase: no loss, no duplicates, no slow links. */
  faultsOn = true;

  constructor(
    private readonly params: NetworkParams,
    private readonly random: SeededRandom,
  ) {}

  /** Puts a message on the wire, or says why it was dropped at once. */
  send(m: Message, fromIncarnation: number, nowMs: number): DropReason | null {
    const key = linkKey(m.from, m.to);
    if (this.isCut(m.from, m.to)) return 'cut';
    if (this.faultsOn && this.random.chance(this.params.dropRate)) return 'loss';
    if ((this.queued.get(key) ?? 0) >= LINK_QUEUE_MESSAGES_MAX) return 'queue-full';
    this.enqueue(key, cloneMessage(m), fromIncarnation, nowMs, true);
    if (this.faultsOn && this.random.chance(this.params.duplicateRate) && (this.queued.get(key) ?? 0) < LINK_QUEUE_MESSAGES_MAX) {
      this.enqueue(key, cloneMessage(m), fromIncarnation, nowMs, false);
    }
    return null;
  }

  /** Takes every message due by `nowMs`, in delivery order. */
  takeDue(nowMs: number): InFlight[] {
    const due: InFlight[] = [];
    while (this.heap.length > 0 && this.heap[0]!.deliverAtMs <= nowMs) {
      const item = this.pop();
      const key = linkKey(item.message.from, item.message.to);
      this.queued.set(key, (this.queued.get(key) ?? 1) - 1);
      due.push(item);
    }
    return due;
  }

  /** Holds a message for a stalled receiver until `atMs`; it keeps its place among messages due then. */
  requeue(item: InFlight, atMs: number): void {
    const key = linkKey(item.message.from, item.message.to);
    this.queued.set(key, (this.queued.get(key) ?? 0) + 1);
    this.push({ ...item, deliverAtMs: atMs });
  }

  /** True when some partition cuts the directed link; checked on send and again on delivery. */
  isCut(from: NodeId, to: NodeId): boolean {
    if (this.partitions.length === 0) return false;
    const key = linkKey(from, to);
    return this.partitions.some((p) => p.cut.has(key));
  }

  /** Removes partitions whose time is up; returns them for the trace. */
  healExpired(nowMs: number): Partition[] {
    const healed = this.partitions.filter((p) => p.healAtMs <= nowMs);
    for (const p of healed) this.partitions.splice(this.partitions.indexOf(p), 1);
    return healed;
  }

  /** Heals everything and stops injecting faults (the liveness phase). */
  healAll(): void {
    this.partitions.length = 0;
    this.faultsOn = false;
  }

  /** Messages in flight, for the story. */
  inFlight(): number {
    return this.heap.length;
  }

  private enqueue(key: string, m: Message, fromIncarnation: number, nowMs: number, original: boolean): void {
    const p = this.params;
    let delayMs = p.delayMsMin + this.random.intn(p.delayMsMax - p.delayMsMin + 1);
    if (this.partitions.some((part) => part.slow.has(key))) delayMs += this.random.intn(SLOW_LINK_EXTRA_DELAY_MS_MAX + 1);
    let deliverAtMs = nowMs + delayMs;
    // A FIFO link (a TCP stream) never lets a message overtake an earlier one; a duplicate may still arrive late.
    if (p.fifo && original) deliverAtMs = Math.max(deliverAtMs, this.lastDeliveryMs.get(key) ?? 0);
    if (original) this.lastDeliveryMs.set(key, deliverAtMs);
    this.queued.set(key, (this.queued.get(key) ?? 0) + 1);
    this.push({ deliverAtMs, seq: this.seq++, message: m, fromIncarnation, original });
  }

  private before(a: InFlight, b: InFlight): boolean {
    return a.deliverAtMs < b.deliverAtMs || (a.deliverAtMs === b.deliverAtMs && a.seq < b.seq);
  }

  private push(item: InFlight): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): InFlight {
    const heap = this.heap;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && this.before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}
