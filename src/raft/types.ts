/**
 * The data types of the Raft core. They mirror `proto/shoal/raft/v1/raft.proto`
 * field for field, so the transport can carry them unchanged; the core itself never
 * touches the generated code (it imports nothing outside `src/raft/`).
 */

/** A member id. The empty string means "no member" (etcd's `None`). */
export type NodeId = string;

/** "No member": no leader known, no vote cast. */
export const NONE: NodeId = '';

export enum EntryType {
  /** Application data (or an empty no-op when `data` has no bytes). */
  Normal = 0,
  /** A membership change; `data` is an encoded {@link ConfChange}. */
  ConfChange = 1,
}

/** One log entry. Terms and indexes are safe integers (≤ 2^53). */
export interface Entry {
  term: number;
  index: number;
  type: EntryType;
  data: Uint8Array;
}

/** What must survive a crash besides the log: etcd's HardState. */
export interface HardState {
  term: number;
  /** The candidate this member voted for in `term`, or NONE. */
  vote: NodeId;
  commit: number;
}

/** The membership in force. Ids are kept sorted so every member iterates alike. */
export interface ConfState {
  voters: NodeId[];
  learners: NodeId[];
}

export interface SnapshotMetadata {
  confState: ConfState;
  index: number;
  term: number;
}

export interface Snapshot {
  metadata: SnapshotMetadata;
  /** The application's state machine at `metadata.index`. */
  data: Uint8Array;
}

export enum ConfChangeType {
  /** Add a voter, or promote a learner to voter. */
  AddNode = 0,
  RemoveNode = 1,
  /** Add a learner (non-voter), or demote a voter to learner. */
  AddLearnerNode = 2,
}

/** One membership change. Shoal changes one voter at a time (no joint consensus). */
export interface ConfChange {
  type: ConfChangeType;
  nodeId: NodeId;
  /** Opaque to the core; shoal puts the member's addresses here. */
  context: Uint8Array;
}

export enum MessageType {
  /** Local: start an election (pre-vote first when enabled). */
  Hup = 0,
  /** Local: the leader should send heartbeats. */
  Beat = 1,
  /** A proposal: entries to append. */
  Prop = 2,
  App = 3,
  AppResp = 4,
  Vote = 5,
  VoteResp = 6,
  Snap = 7,
  Heartbeat = 8,
  HeartbeatResp = 9,
  /** Local: the transport could not reach `from`. */
  Unreachable = 10,
  /** Local: the outcome of sending a snapshot to `from` (`reject` = failed). */
  SnapStatus = 11,
  /** Local: the leader checks that a quorum was recently active. */
  CheckQuorum = 12,
  TransferLeader = 13,
  TimeoutNow = 14,
  ReadIndex = 15,
  ReadIndexResp = 16,
  PreVote = 17,
  PreVoteResp = 18,
}

/** Message types that never leave the member that created them. */
export const LOCAL_MESSAGE_TYPES: ReadonlySet<MessageType> = new Set([
  MessageType.Hup,
  MessageType.Beat,
  MessageType.Unreachable,
  MessageType.SnapStatus,
  MessageType.CheckQuorum,
]);

/** One Raft message. Unused fields hold their zero values. */
export interface Message {
  type: MessageType;
  to: NodeId;
  from: NodeId;
  term: number;
  /** The term of the entry at `index` (appends), or of the last entry (votes). */
  logTerm: number;
  index: number;
  entries: Entry[];
  commit: number;
  snapshot: Snapshot | null;
  reject: boolean;
  /** On a rejected append: the index the leader should probe next. */
  rejectHint: number;
  /** ReadIndex request context, or the leader-transfer marker on votes. */
  context: Uint8Array;
}

/** The roles a member can be in. */
export enum StateType {
  Follower = 0,
  Candidate = 1,
  Leader = 2,
  PreCandidate = 3,
}

/** Volatile state that the application may want to observe; not persisted. */
export interface SoftState {
  lead: NodeId;
  state: StateType;
}

/** The answer to a ReadIndex request: reads at `index` or later are linearizable. */
export interface ReadState {
  index: number;
  requestContext: Uint8Array;
}

/**
 * Everything the application must do, in this order: persist `hardState`,
 * `entries` and `snapshot` (one fsync'd batch when `mustSync`), then send
 * `messages`, then apply `snapshot` and `committedEntries`, then call `advance()`.
 */
export interface Ready {
  softState: SoftState | null;
  hardState: HardState | null;
  readStates: ReadState[];
  entries: Entry[];
  snapshot: Snapshot | null;
  committedEntries: Entry[];
  messages: Message[];
  mustSync: boolean;
  /**
   * How many of `messages`, from the front, the leader may send before persisting
   * this Ready: its appends, heartbeats and snapshots, when the Ready changes neither
   * term nor vote (Raft thesis §10.2.1: the leader writes its log in parallel with
   * replicating it; it counts itself toward commit only once its own write is done).
   * Sending every message after persisting is always correct too.
   */
  earlyMessageCount: number;
}

const EMPTY_BYTES = new Uint8Array(0);

/** A message with every field at its zero value except those given. */
export function message(fields: Partial<Message> & Pick<Message, 'type'>): Message {
  return {
    to: NONE,
    from: NONE,
    term: 0,
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    snapshot: null,
    reject: false,
    rejectHint: 0,
    context: EMPTY_BYTES,
    ...fields,
  };
}

/** A normal entry (term and index are set when the leader appends it). */
export function entry(fields: Partial<Entry>): Entry {
  return { term: 0, index: 0, type: EntryType.Normal, data: EMPTY_BYTES, ...fields };
}

export function emptyHardState(): HardState {
  return { term: 0, vote: NONE, commit: 0 };
}

export function isEmptyHardState(hs: HardState): boolean {
  return hs.term === 0 && hs.vote === NONE && hs.commit === 0;
}

export function hardStateEqual(a: HardState, b: HardState): boolean {
  return a.term === b.term && a.vote === b.vote && a.commit === b.commit;
}

export function emptySnapshot(): Snapshot {
  return { metadata: { confState: { voters: [], learners: [] }, index: 0, term: 0 }, data: EMPTY_BYTES };
}

export function isEmptySnapshot(snapshot: Snapshot | null): boolean {
  return snapshot === null || snapshot.metadata.index === 0;
}

/**
 * The size of an entry as the flow-control limits count it: payload bytes plus a
 * fixed per-entry overhead so empty entries are not free.
 */
export function entrySizeBytes(e: Entry): number {
  return e.data.byteLength + ENTRY_OVERHEAD_BYTES;
}

/** Per-entry framing cost (term, index, type) counted by the size limits. */
export const ENTRY_OVERHEAD_BYTES = 16;

/** The payload size counted against the uncommitted-bytes bound (etcd counts data only). */
export function payloadSizeBytes(entries: readonly Entry[]): number {
  let total = 0;
  for (const e of entries) total += e.data.byteLength;
  return total;
}

export { EMPTY_BYTES };
