import { assert } from './errors.js';
import type { Random } from './random.js';
import type { Storage } from './storage.js';
import type { NodeId } from './types.js';
import { NONE } from './types.js';

/** Where the core reports what it does; silent unless the driver supplies one. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {} };

/** How a member runs the Raft core. Every bound is named and has a default. */
export interface Config {
  /** This member's id; never NONE. */
  id: NodeId;
  storage: Storage;
  /** Election jitter comes from here (seeded in the simulator). */
  random: Random;
  /**
   * Ticks without hearing from a leader before a follower campaigns. The actual
   * timeout is drawn from [electionTicks, 2·electionTicks) for every term.
   */
  electionTicks: number;
  /** Ticks between leader heartbeats; must be smaller than electionTicks. */
  heartbeatTicks: number;
  /** The last index the application has applied (on restart). */
  applied?: number;
  /** The most entry bytes in one append message (at least one entry is always sent). */
  maxSizePerMsgBytes?: number;
  /** The most committed-entry bytes handed out in one Ready. */
  maxCommittedSizePerReadyBytes?: number;
  /** The most uncommitted payload bytes the leader holds before it drops proposals. */
  maxUncommittedEntriesBytes?: number;
  /** The most append messages in flight to one follower in replicate state. */
  maxInflightMsgs?: number;
  /** The most entry bytes in flight to one follower (0 = no byte bound beyond the count). */
  maxInflightBytes?: number;
  /** The leader steps down when a quorum was not active within an election timeout. On by default. */
  checkQuorum?: boolean;
  /** Campaign only after a pre-vote round shows the member could win. On by default. */
  preVote?: boolean;
  /** Drop proposals on followers instead of forwarding them to the leader. */
  disableProposalForwarding?: boolean;
  logger?: Logger;
}

/** A Config with every default filled in and every relationship between bounds checked. */
export type ResolvedConfig = Required<Config>;

/** 1 MiB: large enough to batch thousands of small entries, small enough to pipeline. */
export const DEFAULT_MAX_SIZE_PER_MSG_BYTES = 1024 * 1024;
/** 256 in flight keeps a fast follower's pipe full on loopback and LAN round trips. */
export const DEFAULT_MAX_INFLIGHT_MSGS = 256;
/** 64 MiB in flight bounds what a slow follower costs the leader in memory. */
export const DEFAULT_MAX_INFLIGHT_BYTES = 64 * 1024 * 1024;
/** 64 MiB of uncommitted proposals: beyond that, proposers get backpressure. */
export const DEFAULT_MAX_UNCOMMITTED_ENTRIES_BYTES = 64 * 1024 * 1024;
/** 16 MiB of committed entries per Ready bounds one apply batch. */
export const DEFAULT_MAX_COMMITTED_SIZE_PER_READY_BYTES = 16 * 1024 * 1024;

export function resolveConfig(config: Config): ResolvedConfig {
  const resolved: ResolvedConfig = {
    applied: 0,
    maxSizePerMsgBytes: DEFAULT_MAX_SIZE_PER_MSG_BYTES,
    maxCommittedSizePerReadyBytes: DEFAULT_MAX_COMMITTED_SIZE_PER_READY_BYTES,
    maxUncommittedEntriesBytes: DEFAULT_MAX_UNCOMMITTED_ENTRIES_BYTES,
    maxInflightMsgs: DEFAULT_MAX_INFLIGHT_MSGS,
    maxInflightBytes: DEFAULT_MAX_INFLIGHT_BYTES,
    checkQuorum: true,
    preVote: true,
    disableProposalForwarding: false,
    logger: SILENT_LOGGER,
    ...stripUndefined(config),
  } as ResolvedConfig;
  validateConfig(resolved);
  return resolved;
}

function stripUndefined(config: Config): Partial<Config> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) if (v !== undefined) out[k] = v;
  return out as Partial<Config>;
}

function validateConfig(c: ResolvedConfig): void {
  if (c.id === NONE) throw new RangeError('raft config: id must not be empty');
  positiveInteger('heartbeatTicks', c.heartbeatTicks);
  positiveInteger('electionTicks', c.electionTicks);
  if (c.electionTicks <= c.heartbeatTicks) {
    throw new RangeError(
      `raft config: electionTicks (${c.electionTicks}) must be greater than heartbeatTicks (${c.heartbeatTicks})`,
    );
  }
  positiveInteger('maxInflightMsgs', c.maxInflightMsgs);
  positiveInteger('maxSizePerMsgBytes', c.maxSizePerMsgBytes);
  positiveInteger('maxCommittedSizePerReadyBytes', c.maxCommittedSizePerReadyBytes);
  positiveInteger('maxUncommittedEntriesBytes', c.maxUncommittedEntriesBytes);
  if (!Number.isInteger(c.maxInflightBytes) || c.maxInflightBytes < 0) {
    throw new RangeError(`raft config: maxInflightBytes must be a non-negative integer, got ${c.maxInflightBytes}`);
  }
  if (c.maxInflightBytes > 0 && c.maxInflightBytes < c.maxSizePerMsgBytes) {
    throw new RangeError(
      `raft config: maxInflightBytes (${c.maxInflightBytes}) must be at least maxSizePerMsgBytes (${c.maxSizePerMsgBytes})`,
    );
  }
  if (!Number.isInteger(c.applied) || c.applied < 0) {
    throw new RangeError(`raft config: applied must be a non-negative integer, got ${c.applied}`);
  }
  assert(typeof c.random?.intn === 'function', 'raft config: random must provide intn()');
}

function positiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) {
    throw new RangeError(`raft config: ${name} must be a positive integer, got ${value}`);
  }
}
