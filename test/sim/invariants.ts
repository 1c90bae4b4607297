/**
 * The safety properties of Raft (§5 of the paper and the persistence contract),
 * checked as the simulation runs. Each check is one named method that throws an
 * {@link InvariantViolation} carrying its name. They are incremental (each looks
 * only at what just changed) so that checking after every step stays cheap.
 */
import { type Entry, type Message, MessageType, type NodeId } from '../../src/raft/index.js';
import { entryDigest } from './app.js';
import type { Disk, PersistBatch } from './disk.js';
import { ensure } from './violation.js';

/** What log matching remembers about an entry seen on any disk. */
interface EntryRecord {
  digest: number;
  /** The term of the entry before it: equal for all copies ⇒ equal prefixes, by induction. */
  prevTerm: number;
}

/** A committed index: the entry's term and the lowest member term at which its commit was seen. */
interface CommitRecord {
  term: number;
  knownAtTerm: number;
}

/** What state machine safety remembers about an applied index. */
interface ApplyRecord {
  term: number;
  digest: number;
  stateHash: string;
}

/** Every invariant of one run, with the history each needs (leaders per term, votes, entries, commits, applies). */
export class Checker {
  /** term → the member that led it (ever). */
  private readonly leaders = new Map<number, NodeId>();
  /** Members that lead now, with their term; leader completeness watches them. */
  private readonly currentLeaders = new Map<NodeId, number>();
  /** `voter@term` → the candidate it granted its vote to (from votes actually sent). */
  private readonly votes = new Map<string, NodeId>();
  /** `index.term` → the entry every disk must agree on. */
  private readonly entries = new Map<string, EntryRecord>();
  private readonly committed = new Map<number, CommitRecord>();
  private maxCommittedIndex = 0;
  private readonly applied = new Map<number, ApplyRecord>();
  /** ReadIndex context → the commit index that existed when the read was requested. */
  private readonly pendingReads = new Map<string, number>();
  /** The disks of every member ever started, for the cross-member checks. */
  private readonly disks = new Map<NodeId, Disk>();

  registerDisk(id: NodeId, disk: Disk): void {
    this.disks.set(id, disk);
  }

  /** Election safety (§5.2): at most one leader per term, ever. */
  checkElectionSafety(id: NodeId, term: number): void {
    const existing = this.leaders.get(term);
    ensure(existing === undefined || existing === id, 'election-safety', () => `${existing} and ${id} both led term ${term}`);
    if (existing === undefined) {
      this.leaders.set(term, id);
      this.checkNewLeaderCompleteness(id, term);
    }
    this.currentLeaders.set(id, term);
  }

  /** The member stopped leading (stepped down or crashed). */
  leaderGone(id: NodeId): void {
    this.currentLeaders.delete(id);
  }

  /**
   * Leader append-only (§5.3): while `id` leads `term`, a Ready may only append
   * entries of its own term; entries it already has must come back unchanged.
   */
  checkLeaderAppendOnly(id: NodeId, term: number, disk: Disk, batch: PersistBatch): void {
    ensure(batch.snapshot === null, 'leader-append-only', () => `leader ${id} of term ${term} installs a snapshot`);
    const last = disk.lastIndex();
    for (const e of batch.entries) {
      if (e.index <= last) {
        const existing = disk.entry(e.index);
        const same = existing !== undefined && existing.term === e.term && entryDigest(existing) === entryDigest(e);
        ensure(same || disk.term(e.index) === undefined, 'leader-append-only', () =>
          `leader ${id} of term ${term} rewrites entry ${e.index} (had term ${disk.term(e.index)}, writes ${e.term})`,
        );
      } else {
        ensure(e.term === term, 'leader-append-only', () => `leader ${id} of term ${term} appends entry ${e.index} of term ${e.term}`);
      }
    }
  }

  /**
   * Log matching (§5.3): two entries with the same index and term hold the same
   * data and follow the same prefix. Checked on every write, before it reaches the
   * disk: each entry's payload and the term of the entry before it must agree with
   * every earlier copy, which makes whole prefixes agree by induction.
   */
  checkLogMatching(id: NodeId, disk: Disk, entries: readonly Entry[]): void {
    let prevTerm = entries.length > 0 ? disk.term(entries[0]!.index - 1) ?? (entries[0]!.index === 1 ? 0 : -1) : -1;
    for (const e of entries) {
      const key = `${e.index}.${e.term}`;
      const digest = entryDigest(e);
      const seen = this.entries.get(key);
      if (seen === undefined) {
        this.entries.set(key, { digest, prevTerm });
      } else {
        ensure(seen.digest === digest, 'log-matching', () => `${id} writes a different entry ${key} than another member`);
        ensure(prevTerm === -1 || seen.prevTerm === -1 || seen.prevTerm === prevTerm, 'log-matching', () =>
          `${id} has entry ${key} after term ${prevTerm}, another member after term ${seen.prevTerm}`,
        );
        if (seen.prevTerm === -1) seen.prevTerm = prevTerm;
      }
      prevTerm = e.term;
    }
  }

  /**
   * Commit never regresses, also across restarts (the disk outlives the process);
   * nor does the term. The durable commit must also point into the durable log.
   */
  checkDurableHardState(id: NodeId, disk: Disk, previous: { term: number; commit: number }): void {
    const hs = disk.hardState;
    ensure(hs.term >= previous.term, 'term-never-regresses', () => `${id}: durable term ${previous.term} → ${hs.term}`);
    ensure(hs.commit >= previous.commit, 'commit-never-regresses', () => `${id}: durable commit ${previous.commit} → ${hs.commit}`);
    ensure(hs.commit <= disk.lastIndex(), 'commit-never-regresses', () =>
      `${id}: durable commit ${hs.commit} is past the durable log (last ${disk.lastIndex()})`,
    );
  }

  /** Applied never regresses, also across restarts. */
  checkAppliedNeverRegresses(id: NodeId, before: number, after: number): void {
    ensure(after >= before, 'applied-never-regresses', () => `${id}: applied ${before} → ${after}`);
  }

  /**
   * Records the entries `id` now durably knows as committed (up to its durable
   * commit), at its term; two different entries committed at one index break state
   * machine safety, and every current leader of a later term must hold them.
   */
  recordCommitted(id: NodeId, disk: Disk, fromExclusive: number, memberTerm: number): void {
    const start = Math.max(fromExclusive, disk.snapshot.metadata.index) + 1;
    for (let i = start; i <= disk.hardState.commit; i++) {
      const term = disk.term(i);
      if (term === undefined) continue;
      const seen = this.committed.get(i);
      if (seen === undefined) {
        this.committed.set(i, { term, knownAtTerm: memberTerm });
      } else {
        ensure(seen.term === term, 'state-machine-safety', () => `index ${i} committed with term ${seen.term} and with term ${term} (at ${id})`);
        seen.knownAtTerm = Math.min(seen.knownAtTerm, memberTerm);
      }
      this.maxCommittedIndex = Math.max(this.maxCommittedIndex, i);
      const record = this.committed.get(i)!;
      for (const [leader, leaderTerm] of this.currentLeaders) {
        if (leaderTerm > record.knownAtTerm) this.checkLeaderHas(leader, leaderTerm, i, record);
      }
    }
  }

  /**
   * Leader completeness (§5.4): an entry committed by term t is in the log of every
   * leader of a term after t (unless compacted into its snapshot). Run when a leader
   * takes office, against everything known committed.
   */
  checkNewLeaderCompleteness(id: NodeId, term: number): void {
    const disk = this.disks.get(id);
    if (disk === undefined) return;
    for (let i = disk.snapshot.metadata.index + 1; i <= this.maxCommittedIndex; i++) {
      const record = this.committed.get(i);
      if (record !== undefined && record.knownAtTerm < term) this.checkLeaderHas(id, term, i, record);
    }
  }

  private checkLeaderHas(id: NodeId, term: number, index: number, record: CommitRecord): void {
    const disk = this.disks.get(id);
    if (disk === undefined || index <= disk.snapshot.metadata.index) return;
    const has = disk.term(index);
    ensure(has === record.term, 'leader-completeness', () =>
      `leader ${id} of term ${term} lacks committed entry ${index}:${record.term} (has term ${has ?? 'none'})`,
    );
  }

  /** State machine safety (§5.4.3): every member applies the same entry at each index, reaching the same state. */
  checkStateMachineSafety(id: NodeId, entry: Entry, stateHashAfter: string): void {
    const digest = entryDigest(entry);
    const seen = this.applied.get(entry.index);
    if (seen === undefined) {
      this.applied.set(entry.index, { term: entry.term, digest, stateHash: stateHashAfter });
      return;
    }
    ensure(seen.term === entry.term && seen.digest === digest && seen.stateHash === stateHashAfter, 'state-machine-safety', () =>
      `${id} applies ${entry.index}:${entry.term} → state ${stateHashAfter}; another member applied ${entry.index}:${seen.term} → ${seen.stateHash}`,
    );
  }

  /** A restored snapshot must equal the state other members reached by applying up to its index. */
  checkSnapshotState(id: NodeId, index: number, stateHash: string): void {
    const seen = this.applied.get(index);
    ensure(seen === undefined || seen.stateHash === stateHash, 'state-machine-safety', () =>
      `${id} restores a snapshot at ${index} with state ${stateHash}, members applied ${seen?.stateHash}`,
    );
  }

  /**
   * Entries are applied one index after another (a snapshot restore jumps ahead),
   * and only once durably committed: the hard state is persisted before the apply.
   */
  checkApplyOrder(id: NodeId, applied: number, entry: Entry, durableCommit: number): void {
    ensure(entry.index === applied + 1, 'apply-order', () => `${id} applies ${entry.index} after ${applied}`);
    ensure(entry.index <= durableCommit, 'apply-committed-only', () =>
      `${id} applies ${entry.index} but its durable commit is ${durableCommit}`,
    );
  }

  /**
   * No double vote (§5.2), also across restarts: every vote granted in a message
   * that left the member is remembered; a second, different one in the same term breaks it.
   */
  checkNoDoubleVote(m: Message): void {
    if (m.type !== MessageType.VoteResp || m.reject) return;
    const key = `${m.from}@${m.term}`;
    const earlier = this.votes.get(key);
    ensure(earlier === undefined || earlier === m.to, 'no-double-vote', () => `${m.from} voted for ${earlier} and for ${m.to} in term ${m.term}`);
    this.votes.set(key, m.to);
  }

  /**
   * The persistence contract: a granted vote leaves the member only once that vote
   * (or a later term) is durable, so a crash cannot make it vote again.
   */
  checkVoteDurable(id: NodeId, disk: Disk, m: Message): void {
    if (m.type !== MessageType.VoteResp || m.reject) return;
    const hs = disk.hardState;
    ensure(hs.term > m.term || (hs.term === m.term && hs.vote === m.to), 'vote-durable-before-send', () =>
      `${id} grants ${m.to} its vote in term ${m.term} but its disk holds term ${hs.term} vote ${hs.vote || 'none'}`,
    );
  }

  /**
   * The persistence contract: an append is acknowledged only once the acknowledged
   * entries are durable. Within one term a follower's log only grows, so while the
   * durable term is the message's, the durable log must reach the acknowledged index.
   */
  checkAckDurable(id: NodeId, disk: Disk, m: Message): void {
    if (m.type !== MessageType.AppResp || m.reject || disk.hardState.term !== m.term) return;
    ensure(disk.lastIndex() >= m.index, 'ack-durable-before-send', () =>
      `${id} acknowledges index ${m.index} in term ${m.term} but its durable log ends at ${disk.lastIndex()}`,
    );
  }

  /** Committed entries are never overwritten: a write at or below the durable commit must repeat what is there. */
  checkCommittedNotOverwritten(id: NodeId, disk: Disk, entries: readonly Entry[]): void {
    for (const e of entries) {
      if (e.index > disk.hardState.commit) return;
      const has = disk.term(e.index);
      ensure(has === undefined || has === e.term, 'committed-never-overwritten', () =>
        `${id} overwrites committed entry ${e.index}:${has} with term ${e.term} (durable commit ${disk.hardState.commit})`,
      );
    }
  }

  /** A ReadIndex request was made when the highest commit index anywhere was `commitIndex`. */
  readRequested(key: string, commitIndex: number): void {
    this.pendingReads.set(key, commitIndex);
  }

  /** Linearizable reads: the answer's index covers every commit that existed when the read was asked. */
  checkLinearizableRead(id: NodeId, key: string, index: number): void {
    const atRequest = this.pendingReads.get(key);
    if (atRequest === undefined) return;
    ensure(index >= atRequest, 'linearizable-read', () => `${id}: read ${key} answered at ${index}, but ${atRequest} was committed when it was asked`);
  }

  /** Terms that had a leader, for the story. */
  leaderCount(): number {
    return this.leaders.size;
  }
}
