/**
 * Script commands that act as the application would: proposals, membership
 * changes, leader transfer, ReadIndex, transport reports, log compaction, and
 * the read-only views (status, raft-log).
 */
import {
  type ConfChange,
  ConfChangeType,
  EMPTY_BYTES,
  RaftError,
} from '../../../src/raft/index.js';
import * as args from './args.js';
import type { Block } from './datadriven.js';
import type { InteractionEnv } from './env.js';
import * as fmt from './format.js';

type Command = (env: InteractionEnv, block: Block) => void;

const encoder = new TextEncoder();

/**
 * Runs an application call and prints an operating error (a RaftError, such as a
 * dropped proposal) by its stable code; anything else is a bug and propagates.
 */
function attempt(env: InteractionEnv, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof RaftError)) throw err;
    env.print(`error: ${err.code}: ${err.message}`);
  }
}

/** Parses `v4` (add voter), `l4` (add learner) or `r4` (remove). */
export function parseConfChange(token: string): ConfChange {
  const types: Record<string, ConfChangeType> = {
    v: ConfChangeType.AddNode,
    l: ConfChangeType.AddLearnerNode,
    r: ConfChangeType.RemoveNode,
  };
  const type = types[token[0] ?? ''];
  if (type === undefined || token.length < 2) throw new Error(`conf change '${token}': use v<id>, l<id> or r<id>`);
  return { type, nodeId: token.slice(1), context: EMPTY_BYTES };
}

/** `propose ID data`: the data is taken as text. */
function propose(env: InteractionEnv, block: Block): void {
  const node = env.member(args.nth(block, 0, 'member id')).node;
  const data = args.nth(block, 1, 'data');
  attempt(env, () => node.propose(encoder.encode(data)));
}

/** `propose-conf-change ID v4|l4|r4`: one membership change (shoal allows one at a time). */
function proposeConfChange(env: InteractionEnv, block: Block): void {
  const node = env.member(args.nth(block, 0, 'member id')).node;
  const cc = parseConfChange(args.nth(block, 1, 'conf change'));
  attempt(env, () => node.proposeConfChange(cc));
}

/** `add-learner ID NEW`: proposes on ID that NEW joins as a learner. */
function addLearner(env: InteractionEnv, block: Block): void {
  const node = env.member(args.nth(block, 0, 'member id')).node;
  const learner = args.nth(block, 1, 'learner id');
  attempt(env, () => node.proposeConfChange({ type: ConfChangeType.AddLearnerNode, nodeId: learner, context: EMPTY_BYTES }));
}

/** `transfer-leader from=ID to=ID`: asks `from` (the leader, or a follower that forwards) to hand over. */
function transferLeader(env: InteractionEnv, block: Block): void {
  const from = args.str(block, 'from');
  const to = args.str(block, 'to');
  if (from === null || to === null) throw new Error('transfer-leader needs from=ID to=ID');
  attempt(env, () => env.member(from).node.transferLeader(to));
}

/** `read-index ID ctx`: asks for a linearizable read point, answered as a ReadState. */
function readIndex(env: InteractionEnv, block: Block): void {
  const node = env.member(args.nth(block, 0, 'member id')).node;
  const context = args.nth(block, 1, 'context');
  attempt(env, () => node.readIndex(encoder.encode(context)));
}

/**
 * `compact ID INDEX`: the application snapshots its state at INDEX (which it has
 * applied) and discards the log before it, as shoal does every second.
 */
function compact(env: InteractionEnv, block: Block): void {
  const m = env.member(args.nth(block, 0, 'member id'));
  const index = args.nthInt(block, 1, 'index');
  if (index > m.appliedIndex) throw new Error(`compact: ${m.id} has applied only up to ${m.appliedIndex}`);
  // The membership in force now is the one at INDEX as long as no conf change was
  // applied after it; the scripts compact at the applied index, where that holds.
  const snapshot = m.storage.createSnapshot(index, m.node.raft.tracker.confState(), encoder.encode(`snap@${index}`));
  m.storage.compact(index);
  env.print(`${m.id} compacted to ${fmt.snapshot(snapshot)}`);
}

/** `raft-log ID`: the durable log (storage), one entry per line. */
function raftLog(env: InteractionEnv, block: Block): void {
  const m = env.member(args.nth(block, 0, 'member id'));
  const first = m.storage.firstIndex();
  const last = m.storage.lastIndex();
  if (last < first) {
    env.print(`log is empty: first index=${first}, last index=${last}`);
    return;
  }
  env.print(...m.storage.entries(first, last + 1, Number.MAX_SAFE_INTEGER).map(fmt.entry));
}

/** `report-unreachable ID PEER`: ID's transport could not reach PEER. */
function reportUnreachable(env: InteractionEnv, block: Block): void {
  env.member(args.nth(block, 0, 'member id')).node.reportUnreachable(args.nth(block, 1, 'peer id'));
}

/** `report-snapshot ID PEER [failed]`: the outcome of sending PEER a snapshot. */
function reportSnapshot(env: InteractionEnv, block: Block): void {
  const failed = args.positional(block)[2] === 'failed';
  env.member(args.nth(block, 0, 'member id')).node.reportSnapshot(args.nth(block, 1, 'peer id'), !failed);
}

/** Commands that act as the application on one member. */
export const clientCommands: Record<string, Command> = {
  propose,
  'propose-conf-change': proposeConfChange,
  'add-learner': addLearner,
  'transfer-leader': transferLeader,
  'read-index': readIndex,
  compact,
  'raft-log': raftLog,
  status: (env, block) => env.print(...fmt.progress(env.member(args.nth(block, 0, 'member id')).node)),
  'report-unreachable': reportUnreachable,
  'report-snapshot': reportSnapshot,
};
