/**
 * Which member the data-path client talks to. One member at a time (DESIGN.md: a
 * connection is served by the member it lands on, and placement moves it): a pool
 * of keep-alive connections to the current member, replaced when a redirect names
 * another member or when the current one cannot be reached (the next address in
 * the list, round robin).
 */
import assert from 'node:assert/strict';
import diagnosticsChannel from 'node:diagnostics_channel';
import type { Dispatcher } from 'undici';
import { MEMBERS_MAX } from './data-limits.js';

/** Published on every change of member: `{ from, to, reason }` (base URLs). */
export const MEMBER_CHANGE_CHANNEL = 'shoal:client:member';
const memberChannel = diagnosticsChannel.channel(MEMBER_CHANGE_CHANNEL);

/** Why the client changed member. */
export type MemberChangeReason = 'redirect' | 'connection-lost';

/** What the ring needs of a pool: undici's Pool, or a fake in a test. */
export type MemberPool = Pick<Dispatcher, 'request' | 'close'>;

/** The current member and its pool; requests must be dispatched on `pool` before any await. */
export interface CurrentMember {
  member: string;
  pool: MemberPool;
  /**
   * The connection the group moved this client off to come here (the
   * Shoal-Moved-Connection of the redirect), named on every request to this member
   * (Shoal-Moved-From) so the move's cooldown follows the client; null otherwise.
   */
  movedFrom: string | null;
}

/** The member list, the current member, and the pools being retired. */
export class MemberRing {
  private readonly members: string[];
  private current: CurrentMember;
  /** Pools of former members, closing once their requests in flight finish. */
  private readonly retiring = new Set<Promise<void>>();

  constructor(
    members: readonly string[],
    private readonly openPool: (member: string) => MemberPool,
  ) {
    assert.ok(members.length >= 1 && members.length <= MEMBERS_MAX);
    this.members = [...members];
    this.current = { member: this.members[0]!, pool: openPool(this.members[0]!), movedFrom: null };
  }

  /** The member to send the next request to, with its pool. */
  get(): CurrentMember {
    return this.current;
  }

  /** The addresses known so far: the ones given, then any learned from redirects. */
  known(): readonly string[] {
    return this.members;
  }

  /**
   * Makes `member` current (a redirect named it; `movedFrom` is the connection the
   * group moved the client off, if it said). It is remembered for failover while
   * the list has room; the old pool finishes its requests, then closes.
   */
  switchTo(member: string, reason: MemberChangeReason, movedFrom: string | null = null): void {
    if (member === this.current.member) return;
    if (!this.members.includes(member) && this.members.length < MEMBERS_MAX) this.members.push(member);
    const from = this.current;
    this.current = { member, pool: this.openPool(member), movedFrom };
    const closing = from.pool.close().catch(() => undefined);
    this.retiring.add(closing);
    void closing.finally(() => this.retiring.delete(closing));
    if (memberChannel.hasSubscribers) memberChannel.publish({ from: from.member, to: member, reason });
  }

  /**
   * After a connection to `failed` was lost: the next address after it, unless
   * another request already moved the client on (so concurrent failures on one
   * member advance the ring once, not once each).
   */
  moveAwayFrom(failed: string): void {
    if (failed !== this.current.member) return;
    const index = this.members.indexOf(failed);
    const next = this.members[(index + 1) % this.members.length]!;
    if (next === failed) return; // A single address: keep the pool; undici reconnects.
    this.switchTo(next, 'connection-lost');
  }

  /** Closes every pool; requests in flight finish (or fail, if aborted) first. */
  async close(): Promise<void> {
    await Promise.all([this.current.pool.close().catch(() => undefined), ...this.retiring]);
  }
}
