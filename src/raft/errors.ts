/**
 * Operating errors of the Raft core. Each has a stable `code` that callers map to
 * their own answers (an admin API status, a retry); programmer errors are asserts.
 */

export class RaftError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RaftError';
    this.code = code;
  }
}

/** The requested index is below the storage's first index: it was compacted away. */
export class CompactedError extends RaftError {
  constructor(index: number, firstIndex: number) {
    super('RAFT_COMPACTED', `index ${index} is compacted (first available index is ${firstIndex})`);
    this.name = 'CompactedError';
  }
}

/** The requested index is past the storage's last index. */
export class UnavailableError extends RaftError {
  constructor(index: number, lastIndex: number) {
    super('RAFT_UNAVAILABLE', `index ${index} is unavailable (last index is ${lastIndex})`);
    this.name = 'UnavailableError';
  }
}

/** A snapshot older than the one the storage already has. */
export class SnapshotOutOfDateError extends RaftError {
  constructor(index: number, currentIndex: number) {
    super('RAFT_SNAPSHOT_OUT_OF_DATE', `snapshot at ${index} is older than the current one at ${currentIndex}`);
    this.name = 'SnapshotOutOfDateError';
  }
}

/** The storage cannot produce a snapshot right now; the leader retries later. */
export class SnapshotTemporarilyUnavailableError extends RaftError {
  constructor() {
    super('RAFT_SNAPSHOT_TEMPORARILY_UNAVAILABLE', 'snapshot is temporarily unavailable');
    this.name = 'SnapshotTemporarilyUnavailableError';
  }
}

/**
 * A proposal was not accepted: no leader is known, leadership is being
 * transferred, the uncommitted log is full, or this member is not a voter.
 * Nothing was appended; the caller may retry (on the leader).
 */
export class ProposalDroppedError extends RaftError {
  constructor(reason: string) {
    super('RAFT_PROPOSAL_DROPPED', `proposal dropped: ${reason}`);
    this.name = 'ProposalDroppedError';
  }
}

/** A message for a peer the core does not know (e.g. stepping a response from a removed member). */
export class UnknownPeerError extends RaftError {
  constructor(id: string) {
    super('RAFT_UNKNOWN_PEER', `no progress is tracked for member '${id}'`);
    this.name = 'UnknownPeerError';
  }
}

/** A local message type given to `step`, which only takes messages from peers. */
export class LocalMessageError extends RaftError {
  constructor(typeName: string) {
    super('RAFT_LOCAL_MESSAGE', `message type ${typeName} is local and cannot be stepped from the network`);
    this.name = 'LocalMessageError';
  }
}

/** Throws when `condition` is false: a broken invariant is a bug, never an operating error. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new AssertionFailure(message);
  }
}

export class AssertionFailure extends Error {
  constructor(message: string) {
    super(`raft invariant broken: ${message}`);
    this.name = 'AssertionFailure';
  }
}
