/**
 * The simulator's event trace: every event (delivery, drop, crash, restart,
 * proposal, state change, persisted batch) is folded into a 64-bit hash so that a
 * replay of the same seed can be proven identical, and the most recent events are
 * kept for the report when an invariant breaks.
 */

import { type Ready, isEmptySnapshot } from '../../src/raft/index.js';

/** How many recent events a violation report shows. */
export const TRACE_TAIL_EVENTS = 30;

/** A listener for the human-readable story (`--demo`); gets only notable events. */
export type StoryListener = (timeMs: number, text: string) => void;

/**
 * Two independent 32-bit lanes make the 64-bit hash: FNV-1a, and a
 * multiply-xorshift lane with a different offset. A cryptographic hash per event
 * would cost more than the simulation it records (tens of thousands of events per
 * seed), and the trace only has to tell replays apart, not resist an adversary.
 */
const LANE_A_OFFSET = 0x811c9dc5;
const LANE_A_PRIME = 0x01000193;
const LANE_B_OFFSET = 0x2545f491;
const LANE_B_MULTIPLIER = 0x5bd1e995;

/** The running trace hash and the most recent events. */
export class Trace {
  private laneA = LANE_A_OFFSET;
  private laneB = LANE_B_OFFSET;
  private readonly tail: string[] = [];
  private tailNext = 0;
  /** Events recorded so far. */
  count = 0;

  constructor(private readonly story: StoryListener | null = null) {}

  /** Records one event at simulated time `timeMs`. */
  event(timeMs: number, text: string): void {
    const line = `${timeMs} ${text}`;
    this.fold(line);
    if (this.tail.length < TRACE_TAIL_EVENTS) this.tail.push(line);
    else this.tail[this.tailNext] = line;
    this.tailNext = (this.tailNext + 1) % TRACE_TAIL_EVENTS;
    this.count++;
  }

  /** Records an event and, in demo mode, tells it as part of the story. */
  notable(timeMs: number, text: string): void {
    this.event(timeMs, text);
    this.story?.(timeMs, text);
  }

  /** The 64-bit trace hash as 16 hex digits. */
  hex(): string {
    return hex32(this.laneA) + hex32(this.laneB);
  }

  /** The last {@link TRACE_TAIL_EVENTS} events, oldest first. */
  lastEvents(): string[] {
    if (this.tail.length < TRACE_TAIL_EVENTS) return [...this.tail];
    return [...this.tail.slice(this.tailNext), ...this.tail.slice(0, this.tailNext)];
  }

  private fold(line: string): void {
    let a = this.laneA;
    let b = this.laneB;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      a = Math.imul(a ^ c, LANE_A_PRIME);
      b = Math.imul(b ^ c, LANE_B_MULTIPLIER);
      b ^= b >>> 15;
    }
    // An end-of-event marker keeps "ab","c" apart from "a","bc".
    this.laneA = Math.imul(a ^ 0x0a, LANE_A_PRIME);
    this.laneB = Math.imul(b ^ 0x0a, LANE_B_MULTIPLIER);
  }
}

function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

/** A 32-bit FNV-1a digest of bytes: cheap fingerprints for entry payloads and labels. */
export function digestBytes(bytes: Uint8Array, seed = LANE_A_OFFSET): number {
  let h = seed;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, LANE_A_PRIME);
  return h >>> 0;
}

/** A 32-bit FNV-1a digest of a string's UTF-16 code units. */
export function digestString(text: string, seed = LANE_A_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), LANE_A_PRIME);
  return h >>> 0;
}

/**
 * A 32-bit seed for the sub-stream `label` of simulation `seed`. Each concern
 * (network, faults, workload, each member's election jitter) draws from its own
 * stream, so adding a draw to one does not reshuffle every other.
 */
export function deriveSeed(seed: number, label: string): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  let h = digestString(label, Math.imul(low ^ 0x9e3779b9, LANE_B_MULTIPLIER) ^ high);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One line for a Ready: hard state, entries, messages, committed entries, snapshot. */
export function describeReady(id: string, rd: Ready): string {
  const hs = rd.hardState === null ? '-' : `${rd.hardState.term}/${rd.hardState.vote || '-'}/${rd.hardState.commit}`;
  const first = rd.entries[0];
  const last = rd.entries[rd.entries.length - 1];
  const range = first === undefined || last === undefined ? '' : ` ${first.index}:${first.term}..${last.index}:${last.term}`;
  const snapshot = isEmptySnapshot(rd.snapshot) ? '' : ` snap=${rd.snapshot!.metadata.index}`;
  const early = (rd.earlyMessageCount ?? 0) > 0 ? ` early=${rd.earlyMessageCount}` : '';
  return `${id} ready hs=${hs} ents=${rd.entries.length}${range} msgs=${rd.messages.length}${early} apply=${rd.committedEntries.length}${snapshot}`;
}
