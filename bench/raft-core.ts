/**
 * Proposals committed per second by the pure Raft core: a 3-member group of
 * RawNodes in ONE process, MemoryStorage (no fsync), messages handed over in
 * memory. It measures the core's own cost per entry (log, tracker, Ready
 * bookkeeping), i.e. the ceiling any real driver can reach, against a baseline
 * measured in the same run: protobuf encode + decode of the same entries.
 *
 * Run: `npm run bench:raft-core` (options: `-- --seconds 5 --warmup 1 --batch 256`).
 */
import { parseArgs } from 'node:util';
import { decodeRaftMessage, encodeRaftMessage } from '../src/proto/index.js';
import {
  type Entry,
  type Message,
  type NodeId,
  EntryType,
  MemoryStorage,
  MessageType,
  RawNode,
  SeededRandom,
  StateType,
  decodeConfChange,
  message,
} from '../src/raft/index.js';

/** The payload of every proposal, as in the task's target (128-byte entries). */
const ENTRY_BYTES = 128;
/** Entries kept in storage behind the slowest member before compacting (bounds memory). */
const COMPACT_KEEP_ENTRIES = 4096;
/** Compact once the log holds this many entries more than it keeps. */
const COMPACT_EVERY_ENTRIES = 65_536;
/** What the batched scenario should reach on a laptop-class core. */
const TARGET_PROPOSALS_PER_SECOND = 100_000;

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '1' },
    batch: { type: 'string', default: '256' },
    window: { type: 'string', default: '8192' },
  },
});
/** Reads `--name` as a positive number (an integer unless `fraction`), failing with the flag's name. */
function positive(name: keyof typeof args, fraction = false): number {
  const value = Number(args[name]);
  if (!(value > 0) || (!fraction && !Number.isInteger(value))) {
    throw new RangeError(`--${name} must be a positive ${fraction ? 'number' : 'integer'}, got '${args[name]}'`);
  }
  return value;
}
const MEASURE_MS = positive('seconds', true) * 1000;
const WARMUP_MS = positive('warmup', true) * 1000;
/** Entries the leader proposes per loop iteration in the batched scenario. */
const BATCH_ENTRIES = positive('batch');
/** The most proposed-but-not-applied entries: the "many concurrent proposals" of clients. */
const WINDOW_ENTRIES = positive('window');
if (WINDOW_ENTRIES < BATCH_ENTRIES) throw new RangeError(`--window (${WINDOW_ENTRIES}) must be at least --batch (${BATCH_ENTRIES})`);

const IDS: NodeId[] = ['n1', 'n2', 'n3'];
const PAYLOAD = new Uint8Array(ENTRY_BYTES).map((_, i) => (i * 31 + 7) & 0xff);

interface Member {
  id: NodeId;
  node: RawNode;
  storage: MemoryStorage;
  /** Normal entries with a payload this member has applied. */
  appliedProposals: number;
  appliedIndex: number;
}

/** Three members driven in etcd's order (persist, send, apply, advance), one process. */
class Group {
  readonly members: Member[];
  private queue: Message[] = [];
  private readonly byId = new Map<NodeId, Member>();

  constructor() {
    const random = new SeededRandom(42);
    this.members = IDS.map((id) => {
      const storage = new MemoryStorage();
      const node = new RawNode({ id, storage, random, electionTicks: 10, heartbeatTicks: 1 });
      node.bootstrap(IDS);
      return { id, node, storage, appliedProposals: 0, appliedIndex: 0 };
    });
    for (const m of this.members) this.byId.set(m.id, m);
  }

  get leader(): Member {
    return this.members[0]!;
  }

  /**
   * Applies the bootstrap entries, then campaigns on the first member until it
   * leads. (Campaigning first is refused: the bootstrap conf changes are committed
   * but not yet applied.)
   */
  elect(): void {
    this.round();
    this.leader.node.campaign();
    for (let i = 0; i < 100 && this.leader.node.status().state !== StateType.Leader; i++) this.round();
    if (this.leader.node.status().state !== StateType.Leader) throw new Error('no leader elected');
    for (let i = 0; i < 10; i++) this.round();
  }

  /** Carries out every member's Ready, then delivers the messages they produced. */
  round(): void {
    for (const m of this.members) this.processReady(m);
    const batch = this.queue;
    this.queue = [];
    for (const msg of batch) this.byId.get(msg.to)!.node.step(msg);
  }

  private processReady(m: Member): void {
    if (!m.node.hasReady()) return;
    const rd = m.node.ready();
    if (rd.hardState) m.storage.setHardState(rd.hardState);
    if (rd.snapshot) m.storage.applySnapshot(rd.snapshot);
    m.storage.append(rd.entries);
    for (const msg of rd.messages) this.queue.push(msg);
    for (const e of rd.committedEntries) this.apply(m, e);
    m.node.advance(rd);
  }

  private apply(m: Member, e: Entry): void {
    if (e.type === EntryType.ConfChange) m.node.applyConfChange(decodeConfChange(e.data));
    else if (e.data.byteLength > 0) m.appliedProposals++;
    m.appliedIndex = e.index;
  }

  /** Drops log entries every member has applied, keeping a tail (as a real driver would). */
  maybeCompact(): void {
    const upTo = Math.min(...this.members.map((m) => m.appliedIndex)) - COMPACT_KEEP_ENTRIES;
    for (const m of this.members) {
      if (upTo - m.storage.firstIndex() >= COMPACT_EVERY_ENTRIES) m.storage.compact(upTo);
    }
  }
}

interface Result {
  proposalsPerSecond: number;
  /** Loop iterations (group rounds, or encode+decode pairs for the baseline) measured. */
  iterations: number;
  proposals: number;
  microsPerIteration: number;
}

/**
 * Runs the group for warm-up + measurement, proposing up to `batchEntries` per loop
 * iteration while fewer than WINDOW_ENTRIES proposals are outstanding, and counts
 * proposals the leader has applied during the measurement.
 */
function runScenario(batchEntries: number): Result {
  const group = new Group();
  group.elect();
  const leader = group.leader;
  const batch = Array.from({ length: batchEntries }, () => PAYLOAD);
  const start = process.hrtime.bigint();
  const measureFrom = start + BigInt(WARMUP_MS) * 1_000_000n;
  const end = measureFrom + BigInt(MEASURE_MS) * 1_000_000n;
  let proposed = 0;
  let iterations = 0;
  let appliedAtStart = -1;
  let measureStart = 0n;
  for (;;) {
    if (WINDOW_ENTRIES - (proposed - leader.appliedProposals) >= batchEntries) {
      leader.node.proposeBatch(batch);
      proposed += batchEntries;
    }
    group.round();
    if ((++iterations & 63) === 0) group.maybeCompact();
    // Reading the clock costs ~50 ns, far below one round: check it every iteration.
    const now = process.hrtime.bigint();
    if (appliedAtStart < 0 && now >= measureFrom) {
      appliedAtStart = leader.appliedProposals;
      measureStart = now;
      iterations = 0;
    } else if (now >= end) {
      const seconds = Number(now - measureStart) / 1e9;
      const proposals = leader.appliedProposals - appliedAtStart;
      return { proposalsPerSecond: proposals / seconds, iterations, proposals, microsPerIteration: (seconds * 1e6) / iterations };
    }
  }
}

/**
 * The baseline: protobuf encode + decode (generated code) of App messages carrying
 * the same 128-byte entries, `batchEntries` per message, for the same duration.
 */
function runBaseline(batchEntries: number): Result {
  const entries: Entry[] = Array.from({ length: batchEntries }, (_, i) => ({
    term: 2,
    index: 1000 + i,
    type: EntryType.Normal,
    data: PAYLOAD,
  }));
  const msg = message({ type: MessageType.App, from: 'n1', to: 'n2', term: 2, index: 999, logTerm: 2, entries, commit: 990 });
  const measure = (ms: number): Result => {
    const start = process.hrtime.bigint();
    const end = start + BigInt(ms) * 1_000_000n;
    let proposals = 0;
    let iterations = 0;
    let now = start;
    while (now < end) {
      const decoded = decodeRaftMessage(encodeRaftMessage(msg));
      proposals += decoded.entries.length;
      if ((++iterations & 15) === 0) now = process.hrtime.bigint();
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { proposalsPerSecond: proposals / seconds, iterations, proposals, microsPerIteration: (seconds * 1e6) / iterations };
  };
  measure(WARMUP_MS);
  return measure(MEASURE_MS);
}

function format(perSecond: number): string {
  return `${Math.round(perSecond).toLocaleString('en-US')}/s`;
}

function line(label: string, r: Result, unit: string): string {
  const per = r.microsPerIteration.toFixed(r.microsPerIteration < 10 ? 2 : 0);
  return `  ${label.padEnd(58)} ${format(r.proposalsPerSecond).padStart(12)}  (${r.proposals} in ${r.iterations} ${unit}, ${per} µs each)`;
}

function main(): void {
  console.log(
    `raft-core: 3 members in one process, MemoryStorage (no fsync), ${ENTRY_BYTES}-byte entries, ` +
      `${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / 1000} s measured, node ${process.version}`,
  );
  const baseline = runBaseline(BATCH_ENTRIES);
  console.log(line(`baseline: protobuf encode+decode, ${BATCH_ENTRIES} entries/message`, baseline, 'messages'));
  const batched = runScenario(BATCH_ENTRIES);
  console.log(line(`batched: proposeBatch(${BATCH_ENTRIES}) per iteration, window ${WINDOW_ENTRIES}`, batched, 'iterations'));
  const single = runScenario(1);
  console.log(line('unbatched: propose() once per iteration', single, 'iterations'));
  console.log(`  ratio batched / baseline     ${(batched.proposalsPerSecond / baseline.proposalsPerSecond).toFixed(3)}`);
  console.log(`  ratio unbatched / baseline   ${(single.proposalsPerSecond / baseline.proposalsPerSecond).toFixed(4)}`);
  const met = batched.proposalsPerSecond >= TARGET_PROPOSALS_PER_SECOND;
  console.log(`  target batched ≥ ${format(TARGET_PROPOSALS_PER_SECOND)}: ${met ? 'met' : 'NOT met'}`);
}

main();
