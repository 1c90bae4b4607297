import type { NodeId } from './types.js';

/** The outcome of a vote count. */
export enum VoteResult {
  /** Not decided yet: more answers could still go either way. */
  Pending = 0,
  Lost = 1,
  Won = 2,
}

/** How many of `voterCount` voters make a majority. */
export function majoritySize(voterCount: number): number {
  return Math.floor(voterCount / 2) + 1;
}

/**
 * The highest index that a majority of `voters` have acknowledged, given each
 * voter's acknowledged (match) index. Voters missing from `acked` count as 0.
 * An empty voter set commits everything (it has no one to wait for), as in etcd.
 */
export function committedIndex(voters: readonly NodeId[], acked: (id: NodeId) => number | undefined): number {
  if (voters.length === 0) return Number.MAX_SAFE_INTEGER;
  const indexes = voters.map((id) => acked(id) ?? 0);
  // Sorted descending, the majority-th largest is acknowledged by a majority.
  indexes.sort((a, b) => b - a);
  return indexes[majoritySize(voters.length) - 1]!;
}

/**
 * Counts `votes` (true = granted) among `voters`; missing voters have not answered.
 * An empty voter set wins, as in etcd (a majority of nobody is nobody).
 */
export function voteResult(voters: readonly NodeId[], votes: ReadonlyMap<NodeId, boolean>): VoteResult {
  if (voters.length === 0) return VoteResult.Won;
  let granted = 0;
  let missing = 0;
  for (const id of voters) {
    const v = votes.get(id);
    if (v === undefined) missing++;
    else if (v) granted++;
  }
  const quorum = majoritySize(voters.length);
  if (granted >= quorum) return VoteResult.Won;
  if (granted + missing >= quorum) return VoteResult.Pending;
  return VoteResult.Lost;
}
