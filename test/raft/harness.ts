import {
  type Config,
  type ConfChange,
  type Entry,
  type Message,
  type NodeId,
  type Ready,
  EntryType,
  MemoryStorage,
  RawNode,
  SeededRandom,
  StateType,
  decodeConfChange,
} from '../../src/raft/index.js';

/** One member of an in-process test group: the core plus its storage and what it applied. */
export interface TestNode {
  id: NodeId;
  node: RawNode;
  storage: MemoryStorage;
  applied: Entry[];
}

export interface NetworkOptions {
  electionTicks?: number;
  heartbeatTicks?: number;
  seed?: number;
  preVote?: boolean;
  checkQuorum?: boolean;
  config?: Partial<Config>;
}

/** Message filter: return false to drop. */
export type Filter = (m: Message) => boolean;

/**
 * A synchronous in-process group for unit tests: every Ready is carried out in
 * etcd's order (persist, send, apply, advance) and messages go into one queue that
 * `deliver` drains, through optional drop filters. Deterministic from its seed.
 */
export class TestNetwork {
  readonly nodes = new Map<NodeId, TestNode>();
  queue: Message[] = [];
  filters: Filter[] = [];
  private readonly random: SeededRandom;

  constructor(
    ids: NodeId[],
    private readonly options: NetworkOptions = {},
  ) {
    this.random = new SeededRandom(options.seed ?? 1);
    for (const id of ids) this.add(id, ids);
  }

  /** Adds a member; with `bootstrapVoters` it starts a new group, else it joins empty. */
  add(id: NodeId, bootstrapVoters: NodeId[] | null): TestNode {
    const storage = new MemoryStorage();
    const node = new RawNode(this.config(id, storage, 0));
    if (bootstrapVoters) node.bootstrap(bootstrapVoters);
    const t: TestNode = { id, node, storage, applied: [] };
    this.nodes.set(id, t);
    return t;
  }

  config(id: NodeId, storage: MemoryStorage, applied: number): Config {
    return {
      id,
      storage,
      applied,
      random: this.random,
      electionTicks: this.options.electionTicks ?? 10,
      heartbeatTicks: this.options.heartbeatTicks ?? 1,
      preVote: this.options.preVote ?? true,
      checkQuorum: this.options.checkQuorum ?? true,
      ...this.options.config,
    };
  }

  /** Restarts `id` from its storage, as after a crash that lost nothing durable. */
  restart(id: NodeId): void {
    const t = this.get(id);
    const applied = t.applied.length > 0 ? t.applied[t.applied.length - 1]!.index : 0;
    t.node = new RawNode(this.config(id, t.storage, Math.max(applied, t.storage.firstIndex() - 1)));
  }

  get(id: NodeId): TestNode {
    const t = this.nodes.get(id);
    if (!t) throw new Error(`no node ${id}`);
    return t;
  }

  /** Carries out one Ready of `id`: persist, queue messages, apply, advance. */
  processReady(id: NodeId): Ready | null {
    const t = this.get(id);
    if (!t.node.hasReady()) return null;
    const rd = t.node.ready();
    if (rd.hardState) t.storage.setHardState(rd.hardState);
    if (rd.snapshot) t.storage.applySnapshot(rd.snapshot);
    t.storage.append(rd.entries);
    this.queue.push(...rd.messages);
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.ConfChange) t.node.applyConfChange(decodeConfChange(e.data));
      t.applied.push(e);
    }
    t.node.advance(rd);
    return rd;
  }

  /** Delivers every queued message (new ones too) until the group is quiet. */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      let busy = false;
      for (const id of [...this.nodes.keys()].sort()) if (this.processReady(id)) busy = true;
      if (this.queue.length > 0) {
        this.deliverAll();
        busy = true;
      }
      if (!busy) return;
    }
    throw new Error(`group did not stabilize within ${maxRounds} rounds`);
  }

  /** Delivers what is queued now (through the filters); replies queue for later. */
  deliverAll(): void {
    const batch = this.queue;
    this.queue = [];
    for (const m of batch) {
      if (!this.filters.every((f) => f(m))) continue;
      const target = this.nodes.get(m.to);
      if (target) target.node.step(m);
    }
  }

  /** Cuts every link between the two sides (both directions). */
  partition(a: NodeId[], b: NodeId[]): void {
    this.filters.push((m) => !((a.includes(m.from) && b.includes(m.to)) || (b.includes(m.from) && a.includes(m.to))));
  }

  /** Drops all messages to and from `id`. */
  isolate(id: NodeId): void {
    this.filters.push((m) => m.from !== id && m.to !== id);
  }

  heal(): void {
    this.filters = [];
  }

  tick(id: NodeId, times = 1): void {
    for (let i = 0; i < times; i++) this.get(id).node.tick();
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) for (const t of this.nodes.values()) t.node.tick();
  }

  /** Campaigns on `id` and stabilizes: with a healthy majority it becomes leader. */
  elect(id: NodeId): void {
    this.get(id).node.campaign();
    this.stabilize();
  }

  leaders(): NodeId[] {
    return [...this.nodes.values()].filter((t) => t.node.status().state === StateType.Leader).map((t) => t.id);
  }

  propose(id: NodeId, text: string): void {
    this.get(id).node.propose(new TextEncoder().encode(text));
    this.stabilize();
  }

  proposeConfChange(id: NodeId, cc: ConfChange): void {
    this.get(id).node.proposeConfChange(cc);
    this.stabilize();
  }

  /** The payloads of the normal, non-empty entries `id` applied, as text. */
  appliedText(id: NodeId): string[] {
    return this.get(id)
      .applied.filter((e) => e.type === EntryType.Normal && e.data.length > 0)
      .map((e) => new TextDecoder().decode(e.data));
  }
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
