import { Inflights } from './inflights.js';
import { Progress } from './progress.js';
import { VoteResult, committedIndex, voteResult } from './quorum.js';
import type { ConfState, NodeId } from './types.js';

/**
 * The leader's (and candidate's) bookkeeping of the membership: who votes, who
 * learns, each member's Progress, and the votes of the current election.
 * Ids are kept sorted so every iteration is deterministic.
 */
export class ProgressTracker {
  voters: NodeId[] = [];
  learners: NodeId[] = [];
  readonly progress = new Map<NodeId, Progress>();
  readonly votes = new Map<NodeId, boolean>();

  constructor(
    readonly maxInflightMsgs: number,
    readonly maxInflightBytes: number,
  ) {}

  confState(): ConfState {
    return { voters: [...this.voters], learners: [...this.learners] };
  }

  isVoter(id: NodeId): boolean {
    return this.voters.includes(id);
  }

  isLearner(id: NodeId): boolean {
    return this.learners.includes(id);
  }

  private idsCache: NodeId[] = [];
  private idsCacheVoters: NodeId[] | null = null;
  private idsCacheLearners: NodeId[] | null = null;

  /**
   * Every tracked id, voters and learners, in sorted order. Cached: membership
   * changes replace the voters/learners arrays, which invalidates the cache, and
   * this runs on every broadcast.
   */
  ids(): readonly NodeId[] {
    if (this.idsCacheVoters !== this.voters || this.idsCacheLearners !== this.learners) {
      this.idsCache = [...this.voters, ...this.learners].sort();
      this.idsCacheVoters = this.voters;
      this.idsCacheLearners = this.learners;
    }
    return this.idsCache;
  }

  newProgress(next: number, isLearner: boolean): Progress {
    return new Progress(next, new Inflights(this.maxInflightMsgs, this.maxInflightBytes), isLearner);
  }

  /** Calls `fn` for every tracked member in sorted id order. */
  visit(fn: (id: NodeId, pr: Progress) => void): void {
    for (const id of this.ids()) fn(id, this.progress.get(id)!);
  }

  /** The highest index acknowledged by a majority of voters. */
  committed(): number {
    return committedIndex(this.voters, (id) => this.progress.get(id)?.match);
  }

  /** Whether a majority of voters were recently active (the caller marks itself active). */
  quorumActive(): boolean {
    const votes = new Map<NodeId, boolean>();
    for (const id of this.voters) votes.set(id, this.progress.get(id)?.recentActive ?? false);
    return voteResult(this.voters, votes) === VoteResult.Won;
  }

  resetVotes(): void {
    this.votes.clear();
  }

  /** Records the first answer from `id` in this election; later duplicates are ignored. */
  recordVote(id: NodeId, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  tallyVotes(): { granted: number; rejected: number; result: VoteResult } {
    let granted = 0;
    let rejected = 0;
    for (const id of this.voters) {
      const v = this.votes.get(id);
      if (v === true) granted++;
      else if (v === false) rejected++;
    }
    return { granted, rejected, result: voteResult(this.voters, this.votes) };
  }
}
