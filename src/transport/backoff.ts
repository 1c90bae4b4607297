/**
 * Reconnect delays: capped exponential backoff with "equal jitter" (half fixed,
 * half random), so members that lost a peer at the same moment do not redial in
 * lockstep, yet the delay never collapses to zero.
 */
import assert from 'node:assert/strict';
import { RECONNECT_BACKOFF_MAX_MS, RECONNECT_BACKOFF_MIN_MS } from './constants.js';

/**
 * The delay before reconnect attempt `attempt` (0 after a success): a base of
 * min(MAX, MIN·2^attempt), of which the upper half is scaled by `random` ∈ [0, 1).
 * Pure, so tests pass the random value.
 */
export function reconnectDelayMs(attempt: number, random: number): number {
  assert.ok(Number.isInteger(attempt) && attempt >= 0, `attempt ${attempt}`);
  assert.ok(random >= 0 && random < 1, `random ${random}`);
  // 2^attempt overflows to Infinity for large attempts; Math.min caps it either way.
  const baseMs = Math.min(RECONNECT_BACKOFF_MAX_MS, RECONNECT_BACKOFF_MIN_MS * 2 ** attempt);
  return Math.round(baseMs / 2 + (random * baseMs) / 2);
}
