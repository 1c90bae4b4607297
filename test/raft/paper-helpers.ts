/**
 * Helpers shared by the paper, regression and feature tests. They build on the
 * in-process TestNetwork without changing it: a subclass records every message
 * sent and delivered and every ReadState handed out, so tests can count appends,
 * rejections and snapshots, and a few small functions shape logs and inject messages.
 */
import {
  type Entry,
  type Message,
  type NodeId,
  type ReadState,
  type Ready,
  ConfChangeType,
  EntryType,
  MessageType,
  NONE,
  StateType,
  message,
} from '../../src/raft/index.js';
import { type NetworkOptions, TestNetwork, text } from './harness.js';

export { text };

/** A TestNetwork that remembers what went over the wire and what reads were answered. */
export class PaperNetwork extends TestNetwork {
  /** Every message a Ready handed out, before any filter. */
  sent: Message[] = [];
  /** Every message that passed the filters and was stepped into its target. */
  delivered: Message[] = [];
  readonly readStates = new Map<NodeId, ReadState[]>();

  override processReady(id: NodeId): Ready | null {
    const rd = super.processReady(id);
    if (rd) {
      this.sent.push(...rd.messages);
      const reads = this.readStates.get(id) ?? [];
      reads.push(...rd.readStates);
      this.readStates.set(id, reads);
    }
    return rd;
  }

  /** Same delivery as the harness, but records what got through (filters run once per message). */
  override deliverAll(): void {
    const batch = this.queue;
    this.queue = [];
    for (const m of batch) {
      if (!this.filters.every((f) => f(m))) continue;
      this.delivered.push(m);
      this.nodes.get(m.to)?.node.step(m);
    }
  }

  /** Delivers only the queued messages matching `pred`; the rest stay queued. */
  deliverWhere(pred: (m: Message) => boolean): void {
    const picked = this.queue.filter(pred);
    this.queue = this.queue.filter((m) => !pred(m));
    const rest = this.queue;
    this.queue = picked;
    this.deliverAll();
    this.queue = [...rest, ...this.queue];
  }

  /** Drops every message matching `pred` until `heal()`. */
  drop(pred: (m: Message) => boolean): void {
    this.filters.push((m) => !pred(m));
  }

  /** Holds back messages matching `pred` (instead of dropping) until `release` is called. */
  hold(pred: (m: Message) => boolean): Held {
    const held: Held = { messages: [], active: true };
    this.filters.push((m) => {
      if (!held.active || !pred(m)) return true;
      held.messages.push(m);
      return false;
    });
    return held;
  }

  /** Stops holding and queues what was held, in the order it was sent. */
  release(held: Held): void {
    held.active = false;
    this.queue.push(...held.messages);
    held.messages = [];
  }

  /** Ticks every member once and lets the group settle, `times` times. */
  tickAndSettle(times = 1): void {
    for (let i = 0; i < times; i++) {
      this.tickAll();
      this.stabilize();
    }
  }

  /**
   * Ticks (and settles) until `done` holds; returns the ticks it took. Throws after
   * `maxTicks`, which is how the liveness tests state their bound.
   */
  tickUntil(done: () => boolean, maxTicks: number): number {
    for (let ticks = 0; ticks <= maxTicks; ticks++) {
      if (done()) return ticks;
      this.tickAndSettle();
    }
    throw new Error(`condition not reached within ${maxTicks} ticks`);
  }

  /** The leader with the highest term (a deposed leader in a minority may linger at a lower one). */
  leader(): NodeId | null {
    let best: NodeId | null = null;
    let bestTerm = -1;
    for (const id of this.leaders()) {
      const term = this.get(id).node.status().term;
      if (term > bestTerm) [best, bestTerm] = [id, term];
    }
    return best;
  }

  state(id: NodeId): StateType {
    return this.get(id).node.status().state;
  }

  term(id: NodeId): number {
    return this.get(id).node.status().term;
  }

  /** Steps a hand-made message into `to` (as if it came from the network). */
  inject(fields: Partial<Message> & Pick<Message, 'type' | 'from' | 'to'>): void {
    this.get(fields.to).node.step(message(fields));
  }

  /** Takes the pending Ready of `id` and returns its messages (carrying out the Ready). */
  messagesOf(id: NodeId): Message[] {
    return this.processReady(id)?.messages ?? [];
  }

  /** Delivered messages of `type` (optionally from/to a member). */
  count(type: MessageType, where: (m: Message) => boolean = () => true): number {
    return this.delivered.filter((m) => m.type === type && where(m)).length;
  }
}

export interface Held {
  messages: Message[];
  active: boolean;
}

/**
 * A bootstrapped group whose first Ready was carried out, so every member has
 * applied the initial membership and may campaign. Paper tests pass
 * `{ preVote: false, checkQuorum: false }` to check the algorithm as the paper states it.
 */
export function group(ids: NodeId[], options: NetworkOptions = {}): PaperNetwork {
  const net = new PaperNetwork(ids, options);
  net.stabilize();
  return net;
}

/** Options for checking the algorithm exactly as §5 of the paper describes it. */
export const PAPER: NetworkOptions = { preVote: false, checkQuorum: false };

/**
 * Appends entries with the given terms after `id`'s current log, sets its term,
 * and restarts it from storage. An entry's data is `term/index`, so equal
 * (index, term) pairs carry equal data on every member, as log matching requires.
 */
export function extendLog(net: TestNetwork, id: NodeId, terms: number[], term: number): void {
  const t = net.get(id);
  const first = t.storage.lastIndex() + 1;
  const entries: Entry[] = terms.map((entryTerm, i) => ({
    term: entryTerm,
    index: first + i,
    type: EntryType.Normal,
    data: text(`${entryTerm}/${first + i}`),
  }));
  t.storage.append(entries);
  const hs = t.storage.hardStateValue();
  t.storage.setHardState({ term, vote: NONE, commit: hs.commit });
  net.restart(id);
}

/** The term of every entry in `id`'s log, from its first index to its last. */
export function logTerms(net: TestNetwork, id: NodeId): number[] {
  const log = net.get(id).node.raft.log;
  const terms: number[] = [];
  for (let i = log.firstIndex(); i <= log.lastIndex(); i++) terms.push(log.term(i));
  return terms;
}

/** An entry-carrying append: the kind flow control counts. */
export const isAppendWithEntries = (m: Message): boolean => m.type === MessageType.App && m.entries.length > 0;

export const addNode = (nodeId: NodeId) => ({ type: ConfChangeType.AddNode, nodeId, context: new Uint8Array(0) });
export const addLearner = (nodeId: NodeId) => ({
  type: ConfChangeType.AddLearnerNode,
  nodeId,
  context: new Uint8Array(0),
});
export const removeNode = (nodeId: NodeId) => ({
  type: ConfChangeType.RemoveNode,
  nodeId,
  context: new Uint8Array(0),
});

/** Snapshots `id`'s applied state and compacts its log up to the applied index. */
export function compact(net: TestNetwork, id: NodeId): number {
  const t = net.get(id);
  const status = t.node.status();
  t.storage.createSnapshot(status.applied, status.confState, text(`snapshot@${status.applied}`));
  t.storage.compact(status.applied);
  return status.applied;
}
