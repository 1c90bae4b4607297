import { decodeConfChange } from './confchange-codec.js';
import { assert } from './errors.js';
import type { Raft } from './raft.js';
import { type ConfChange, type ConfState, type NodeId, ConfChangeType, EntryType } from './types.js';

/**
 * Membership changes, one at a time and effective when applied (etcd's classic
 * single-change rule). Voters and learners stay sorted so every member iterates alike.
 */

/** Sets the tracker to `cs` (at start-up or from a snapshot); progress starts after the log. */
export function restoreTracker(r: Raft, cs: ConfState): void {
  r.tracker.voters = [];
  r.tracker.learners = [];
  r.tracker.progress.clear();
  for (const id of cs.voters) addMember(r, id, false);
  for (const id of cs.learners) addMember(r, id, true);
  r.isLearner = r.tracker.isLearner(r.id);
}

export function applyConfChangeToTracker(r: Raft, cc: ConfChange): void {
  assert(cc.nodeId !== '', 'a conf change names a member');
  switch (cc.type) {
    case ConfChangeType.AddNode:
      addMember(r, cc.nodeId, false);
      return;
    case ConfChangeType.AddLearnerNode:
      addMember(r, cc.nodeId, true);
      return;
    case ConfChangeType.RemoveNode:
      removeMember(r, cc.nodeId);
      return;
  }
}

/** Adds `id` as a voter or learner; an existing member changes role and keeps its progress. */
function addMember(r: Raft, id: NodeId, asLearner: boolean): void {
  const t = r.tracker;
  t.voters = t.voters.filter((v) => v !== id);
  t.learners = t.learners.filter((l) => l !== id);
  if (asLearner) t.learners = insertSorted(t.learners, id);
  else t.voters = insertSorted(t.voters, id);
  const existing = t.progress.get(id);
  if (existing) {
    existing.isLearner = asLearner;
    return;
  }
  const pr = t.newProgress(r.log.lastIndex() + 1, asLearner);
  // A new member counts as active so check-quorum does not fire before it can answer.
  pr.recentActive = true;
  if (id === r.id) pr.match = r.log.lastIndex();
  t.progress.set(id, pr);
}

function removeMember(r: Raft, id: NodeId): void {
  const t = r.tracker;
  t.voters = t.voters.filter((v) => v !== id);
  t.learners = t.learners.filter((l) => l !== id);
  t.progress.delete(id);
  t.votes.delete(id);
}

function insertSorted(ids: NodeId[], id: NodeId): NodeId[] {
  return [...ids, id].sort();
}

/**
 * Whether applying `cc` to the voters `voters` leaves at least one voter and
 * changes at most one voter (the single-change rule).
 */
export function validateConfChange(voters: readonly NodeId[], learners: readonly NodeId[], cc: ConfChange): string | null {
  if (cc.nodeId === '') return 'a membership change must name a member';
  const isVoter = voters.includes(cc.nodeId);
  const isLearner = learners.includes(cc.nodeId);
  if (cc.type === ConfChangeType.RemoveNode) {
    if (!isVoter && !isLearner) return `member '${cc.nodeId}' is not in the group`;
    if (isVoter && voters.length === 1) return `cannot remove '${cc.nodeId}', the last voter`;
  }
  if (cc.type === ConfChangeType.AddNode && isVoter) return `member '${cc.nodeId}' is already a voter`;
  if (cc.type === ConfChangeType.AddLearnerNode) {
    if (isLearner) return `member '${cc.nodeId}' is already a learner`;
    if (isVoter && voters.length === 1) return `cannot demote '${cc.nodeId}', the last voter`;
  }
  return null;
}

/**
 * Whether committed but unapplied entries hold a conf change. A member must not
 * campaign then: it would count votes under a membership about to change.
 */
export function hasUnappliedConfChanges(r: Raft): boolean {
  const log = r.log;
  if (log.applied >= log.committed) return false;
  let lo = Math.max(log.applied + 1, log.firstIndex(), r.bootstrapIndex + 1);
  const hi = log.committed + 1;
  // Scan in pages bounded like one apply batch.
  while (lo < hi) {
    const page = log.slice(lo, hi, r.config.maxCommittedSizePerReadyBytes);
    if (page.length === 0) return false;
    for (const e of page) if (e.type === EntryType.ConfChange) return true;
    lo = page[page.length - 1]!.index + 1;
  }
  return false;
}

/** Replays conf changes in (snapshot, applied] so a restarted member knows the membership it applied. */
export function replayAppliedConfChanges(r: Raft, applied: number): void {
  let lo = r.log.firstIndex();
  const hi = applied + 1;
  while (lo < hi) {
    const page = r.log.slice(lo, hi, r.config.maxCommittedSizePerReadyBytes);
    if (page.length === 0) return;
    for (const e of page) if (e.type === EntryType.ConfChange) applyConfChangeToTracker(r, decodeConfChange(e.data));
    lo = page[page.length - 1]!.index + 1;
  }
  r.isLearner = r.tracker.isLearner(r.id);
}
