/**
 * Moves committed lately, in the replicated state: what lets the efficiency
 * function honour a move's cooldown and not plan on loads that predate it. A
 * moved client opens a new connection (a new id) on its new member; it names the
 * old one when it reconnects (Shoal-Moved-From), the new member reports that in
 * its load snapshot, and the plan input links the two through this list
 * (src/balance/state-input.ts). Deterministic like all of the state: times are
 * the proposers' clocks carried in the commands, never this member's.
 */
/** One committed move. */
export interface RecentMove {
  connection: string;
  from: string;
  to: string;
  /** When it was decided (Unix ms, the proposer's clock): its cooldown starts here. */
  atMs: number;
  /** The log index that committed it: loads applied before it predate the move. */
  index: number;
}

/**
 * 1 hour: how long a move is remembered after the newest one, and so the longest
 * cooldown the balancer honours (its `cooldownMs` is capped at this).
 */
export const RECENT_MOVE_KEPT_MS = 3_600_000;
/** 1024 moves remembered at most: a few KiB of snapshot, many rounds of the most moves a round may make. */
export const RECENT_MOVES_MAX = 1024;

/** See the module comment. Oldest first (insertion order). */
export class RecentMoves {
  private readonly byConnection = new Map<string, RecentMove>();

  /** Records `moves` committed at `index`, decided at `atMs`, and forgets what is past keeping. */
  record(moves: ReadonlyArray<{ connection: string; from: string; to: string }>, atMs: number, index: number): void {
    for (const m of moves) {
      // Deleted first so a connection moved again goes to the end (the newest).
      this.byConnection.delete(m.connection);
      this.byConnection.set(m.connection, { connection: m.connection, from: m.from, to: m.to, atMs, index });
    }
    this.prune(atMs);
  }

  get(connection: string): RecentMove | undefined {
    return this.byConnection.get(connection);
  }

  /** Oldest first. */
  list(): RecentMove[] {
    return [...this.byConnection.values()];
  }

  /** Drops the moves of a member that left the group (its connections are gone). */
  forgetMember(memberId: string): void {
    for (const [id, m] of this.byConnection) if (m.from === memberId || m.to === memberId) this.byConnection.delete(id);
  }

  /** Restores a snapshot's list (oldest first). */
  restore(moves: readonly RecentMove[]): void {
    this.byConnection.clear();
    for (const m of moves) this.byConnection.set(m.connection, { ...m });
  }

  private prune(newestMs: number): void {
    for (const [id, m] of this.byConnection) {
      if (this.byConnection.size <= RECENT_MOVES_MAX && m.atMs >= newestMs - RECENT_MOVE_KEPT_MS) break;
      this.byConnection.delete(id);
    }
  }
}

