/**
 * The in-process group the interaction scripts drive (etcd's rafttest
 * InteractionEnv). Unlike test/raft/harness.ts it does nothing on its own: every
 * Ready is handled and every message delivered only when a script says so, and
 * everything that happens is printed into the command's output.
 */
import {
  type Config,
  type Logger,
  type Message,
  type NodeId,
  EntryType,
  MemoryStorage,
  RawNode,
  SeededRandom,
  StateType,
  decodeConfChange,
} from '../../../src/raft/index.js';
import * as fmt from './format.js';

/** One member: the core, its durable storage, and how far it applied. */
export interface Member {
  id: NodeId;
  node: RawNode;
  storage: MemoryStorage;
  /** The last index applied (entries or snapshot): what a restart resumes from. */
  appliedIndex: number;
  /** The options it was created with, reused on restart. */
  options: Partial<Config>;
}

/** Log levels in increasing severity; `none` silences the core's logger and all command output. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'none'] as const;
/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Rounds of stabilize before we call the group livelocked: far above any scripted scenario. */
const STABILIZE_ROUNDS_MAX = 1000;

/** Sorts member ids numerically ("2" before "10"), falling back to text order. */
export function sortIds(ids: Iterable<NodeId>): NodeId[] {
  return [...ids].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
}

/**
 * The group a script drives: members, the message queue between them, an
 * optional partition, and the output of the command being run.
 */
export class InteractionEnv {
  readonly members = new Map<NodeId, Member>();
  /** Messages sent and not yet delivered or dropped, in send order. */
  queue: Message[] = [];
  /** When set, messages between different groups are dropped at delivery. */
  partition: NodeId[][] | null = null;
  logLevel: LogLevel = 'info';
  /** One seeded source for every member, so a script replays exactly. */
  readonly random = new SeededRandom(1);
  /** The output of the command being run. */
  private out: string[] = [];
  private indent = '';
  /** Who led each term, to catch two leaders in one term (election safety). */
  private readonly leaderOfTerm = new Map<number, NodeId>();

  /** Runs `fn` and returns what it printed. */
  capture(fn: () => void): string[] {
    this.out = [];
    this.indent = '';
    fn();
    // `log-level none` silences whole commands, so set-up steps read as `ok`.
    if (this.logLevel === 'none') this.out = [];
    this.checkElectionSafety();
    return this.out;
  }

  /** Appends output lines at the current indentation. */
  print(...lines: string[]): void {
    for (const l of lines) this.out.push(this.indent + l);
  }

  /** Runs `fn` with its output indented, as stabilize nests each step under a header. */
  nested(fn: () => void): void {
    const saved = this.indent;
    this.indent += '  ';
    try {
      fn();
    } finally {
      this.indent = saved;
    }
  }

  /** A Logger for the core that prints into the command output, filtered by logLevel. */
  logger(): Logger {
    const at = (level: LogLevel, tag: string) => (text: string) => {
      if (LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(this.logLevel)) this.print(`${tag} ${text}`);
    };
    return { debug: at('debug', 'DEBUG'), info: at('info', 'INFO'), warn: at('warn', 'WARN') };
  }

  member(id: NodeId): Member {
    const m = this.members.get(id);
    if (!m) throw new Error(`no member ${id}`);
    return m;
  }

  ids(): NodeId[] {
    return sortIds(this.members.keys());
  }

  /** Builds a RawNode over `storage` with the script's defaults and `options`. */
  newNode(id: NodeId, storage: MemoryStorage, applied: number, options: Partial<Config>): RawNode {
    return new RawNode({
      id,
      storage,
      applied,
      random: this.random,
      // etcd's interaction tests use 3 and 1 too: short timeouts keep the scripts readable.
      electionTicks: 3,
      heartbeatTicks: 1,
      logger: this.logger(),
      ...options,
    });
  }

  /** Handles one Ready of `id` in etcd's order: persist, send, apply, advance. */
  processReady(id: NodeId): void {
    const m = this.member(id);
    const rd = m.node.ready();
    this.print(...fmt.ready(rd));
    if (rd.hardState) m.storage.setHardState(rd.hardState);
    if (rd.snapshot) {
      m.storage.applySnapshot(rd.snapshot);
      m.appliedIndex = rd.snapshot.metadata.index;
    }
    m.storage.append(rd.entries);
    this.queue.push(...rd.messages);
    for (const e of rd.committedEntries) {
      if (e.type === EntryType.ConfChange) {
        const cc = decodeConfChange(e.data);
        const cs = m.node.applyConfChange(cc);
        this.print(`${id} applied ${fmt.confChange(cc)}: ${fmt.confState(cs)}`);
      }
      m.appliedIndex = e.index;
    }
    m.node.advance(rd);
  }

  /** Whether a message may pass the current partition. */
  private reachable(msg: Message): boolean {
    if (this.partition === null) return true;
    const side = (id: NodeId) => this.partition!.findIndex((group) => group.includes(id));
    return side(msg.from) === side(msg.to);
  }

  /**
   * Takes the queued messages to `to` (optionally only of `types`) out of the queue
   * and delivers them in order, or drops them (`drop`, a partition, no such member).
   * Returns how many were taken.
   */
  deliver(to: NodeId, drop: boolean, types: ReadonlySet<string> | null): number {
    const taken: Message[] = [];
    this.queue = this.queue.filter((msg) => {
      const match = msg.to === to && (types === null || types.has(`Msg${fmt.messageTypeName(msg)}`));
      if (match) taken.push(msg);
      return !match;
    });
    for (const msg of taken) {
      const target = this.members.get(to);
      if (drop || !target || !this.reachable(msg)) {
        this.print(...fmt.message(msg).map((l, i) => (i === 0 ? `dropped: ${l}` : l)));
        continue;
      }
      this.print(...fmt.message(msg));
      // False means the core refused it: a response from an untracked member, or a
      // forwarded proposal the leader dropped. Worth seeing in the script.
      if (!target.node.step(msg)) this.print('  (not accepted)');
    }
    return taken.length;
  }

  /** Recipients with queued messages, in id order. */
  recipients(): NodeId[] {
    return sortIds(new Set(this.queue.map((m) => m.to)));
  }

  /**
   * Handles Readies and delivers messages among `ids` until nothing changes,
   * printing every step under a `> id ...` header (etcd's order: all Readies,
   * then all deliveries, per round).
   */
  stabilize(ids: NodeId[]): void {
    for (let round = 0; round < STABILIZE_ROUNDS_MAX; round++) {
      let done = true;
      for (const id of ids) {
        if (!this.member(id).node.hasReady()) continue;
        this.print(`> ${id} handling Ready`);
        this.nested(() => this.processReady(id));
        done = false;
      }
      for (const id of ids) {
        if (!this.queue.some((m) => m.to === id)) continue;
        this.print(`> ${id} receiving messages`);
        this.nested(() => this.deliver(id, false, null));
        done = false;
      }
      if (done) return;
    }
    throw new Error(`no quiet state after ${STABILIZE_ROUNDS_MAX} rounds: the group livelocks`);
  }

  /** Election safety (§5.2): at most one leader per term, over the whole script. */
  private checkElectionSafety(): void {
    for (const m of this.members.values()) {
      const s = m.node.raft;
      if (s.state !== StateType.Leader) continue;
      const known = this.leaderOfTerm.get(s.term);
      if (known === undefined) this.leaderOfTerm.set(s.term, m.id);
      else if (known !== m.id) this.print(`INVARIANT VIOLATED: ${known} and ${m.id} both led term ${s.term}`);
    }
  }
}
