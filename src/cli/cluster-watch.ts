import { AdminClient, AdminError, AdminRole } from '../client/index.js';
import type { ChildMember } from './child-member.js';

/** A live member answers GetStatus locally in milliseconds; 1 s means it is busy starting or gone. */
export const WATCH_CALL_TIMEOUT_MS = 1_000;
/** How often `cluster up` looks for the first leader: often enough to report it promptly. */
export const READY_POLL_MS = 250;
/** How often `cluster up` checks who leads afterwards, to report changes (e.g. after a kill). */
export const LEADER_WATCH_MS = 1_000;

/** The leader as the members report it. */
export interface LeaderView {
  id: string;
  term: number;
  pid: number;
}

/**
 * Asks the local members who leads. The answer is the member that says it is the
 * leader at the highest term (an old leader cut off from the others may still think
 * it leads at a lower term until it hears otherwise).
 */
export class LeaderWatch {
  private readonly clients = new Map<string, AdminClient>();

  constructor(private readonly children: readonly ChildMember[]) {
    for (const c of children) {
      this.clients.set(c.member.id, new AdminClient({ endpoint: c.member.clientUrl, timeoutMs: WATCH_CALL_TIMEOUT_MS }));
    }
  }

  /** The current leader, or null when no running member claims to lead. */
  async leader(): Promise<LeaderView | null> {
    const running = this.children.filter((c) => c.running);
    const answers = await Promise.all(running.map((c) => this.statusOf(c.member.id)));
    let best: LeaderView | null = null;
    for (const s of answers) {
      if (s === null || s.role !== AdminRole.ROLE_LEADER) continue;
      if (best === null || s.term > best.term) best = { id: s.memberId, term: s.term, pid: s.pid };
    }
    return best;
  }

  /** Polls until a leader is known, `deadlineMs` passes (null), or `giveUp()` says to stop (null). */
  async waitForLeader(timeoutMs: number, giveUp: () => boolean): Promise<LeaderView | null> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !giveUp()) {
      const leader = await this.leader();
      if (leader !== null) return leader;
      await sleep(READY_POLL_MS);
    }
    return null;
  }

  /**
   * Reports every change of leader or term until `stopped()` holds: checks once
   * per LEADER_WATCH_MS, one check at a time.
   */
  async watch(report: (leader: LeaderView | null) => void, stopped: () => boolean, initial: LeaderView | null): Promise<void> {
    let last = initial;
    while (!stopped()) {
      await sleep(LEADER_WATCH_MS);
      if (stopped()) return;
      const now = await this.leader();
      // By term as well as id: a kill can be followed by the same member leading again
      // at a new term between two checks, and that is news too.
      if (now?.id !== last?.id || now?.term !== last?.term) report(now);
      last = now;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((c) => c.close()));
  }

  private async statusOf(id: string): Promise<Awaited<ReturnType<AdminClient['getStatus']>> | null> {
    try {
      return await this.clients.get(id)!.getStatus();
    } catch (err) {
      if (err instanceof AdminError) return null;
      throw err;
    }
  }
}

/** A pause between polls (never a wait for something to happen: callers re-check a condition). */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
