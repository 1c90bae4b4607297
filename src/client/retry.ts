/**
 * When and how long the data-path SDK waits before sending a request again. The
 * decisions are pure functions of the attempt number, the policy, the member's
 * `Retry-After` and a random number passed in, so they are tested without clocks.
 */
import assert from 'node:assert/strict';
import { invalidArgument } from './data-errors.js';

/**
 * 8 attempts in all: with the default backoff that spans about 5 s of waiting,
 * long enough for a new leader (1–2 s elections) or a restarted member.
 */
export const RETRY_ATTEMPTS_MAX = 8;
/**
 * 15 s from the first attempt: a caller waiting longer than that for one request
 * is better told `unavailable` than kept hanging.
 */
export const RETRY_BUDGET_MS = 15_000;
/** The first wait: 50 ms covers a member restarting its listener or a quick re-election step. */
export const RETRY_BASE_DELAY_MS = 50;
/** No backoff wait is longer than 2 s: beyond that a caller would rather learn it failed. */
export const RETRY_MAX_DELAY_MS = 2_000;
/**
 * A member's `Retry-After` is obeyed up to 10 s; a larger value (a misconfigured
 * proxy) is capped, and the budget still bounds the total.
 */
export const RETRY_AFTER_MS_MAX = 10_000;
/** The largest attempt count or budget a caller may set: bounds how long one request can be retried. */
export const RETRY_ATTEMPTS_OPTION_MAX = 100;
/** 10 minutes: the largest retry budget a caller may set. */
export const RETRY_BUDGET_OPTION_MAX_MS = 600_000;

assert.ok(RETRY_BASE_DELAY_MS <= RETRY_MAX_DELAY_MS && RETRY_MAX_DELAY_MS < RETRY_BUDGET_MS);
assert.ok(RETRY_ATTEMPTS_MAX <= RETRY_ATTEMPTS_OPTION_MAX && RETRY_BUDGET_MS <= RETRY_BUDGET_OPTION_MAX_MS);

/** How retries are bounded: attempts (including the first), total time, and the backoff's range. */
export interface RetryPolicy {
  attemptsMax: number;
  budgetMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** The policy used when a client sets none. */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  attemptsMax: RETRY_ATTEMPTS_MAX,
  budgetMs: RETRY_BUDGET_MS,
  baseDelayMs: RETRY_BASE_DELAY_MS,
  maxDelayMs: RETRY_MAX_DELAY_MS,
});

/** A caller's partial policy merged over the default; a bad value is an `invalid_argument` naming it. */
export function retryPolicyFrom(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...partial };
  const check = (name: keyof RetryPolicy, min: number, max: number): void => {
    const value = policy[name];
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      throw invalidArgument(`retry.${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
    }
  };
  check('attemptsMax', 1, RETRY_ATTEMPTS_OPTION_MAX);
  check('budgetMs', 0, RETRY_BUDGET_OPTION_MAX_MS);
  check('baseDelayMs', 0, RETRY_BUDGET_OPTION_MAX_MS);
  check('maxDelayMs', policy.baseDelayMs, RETRY_BUDGET_OPTION_MAX_MS);
  return policy;
}

/**
 * The wait before attempt `failedAttempts + 1`. After a `Retry-After` the member's
 * wish (capped) plus up to one base delay of jitter, so clients told the same
 * thing do not return in lockstep; otherwise exponential backoff with "equal
 * jitter": half the ceiling fixed, half random, so a wait is never zero.
 * `random` is in [0, 1).
 */
export function retryDelayMs(failedAttempts: number, policy: RetryPolicy, retryAfterMs: number | null, random: number): number {
  assert.ok(failedAttempts >= 1 && random >= 0 && random < 1);
  if (retryAfterMs !== null) return Math.min(retryAfterMs, RETRY_AFTER_MS_MAX) + Math.floor(random * policy.baseDelayMs);
  const ceilingMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(failedAttempts - 1, 30));
  return Math.floor(ceilingMs / 2 + random * (ceilingMs / 2));
}

/**
 * A `Retry-After` header in milliseconds: delta-seconds or an HTTP date (relative
 * to `nowMs`). Null when absent or unreadable.
 */
export function parseRetryAfterMs(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, RETRY_AFTER_MS_MAX);
  const dateMs = Date.parse(text);
  if (Number.isNaN(dateMs)) return null;
  return Math.min(Math.max(0, dateMs - nowMs), RETRY_AFTER_MS_MAX);
}

/**
 * Error codes (Node's and undici's) that mean the connection failed before an
 * answer arrived: the member is down, restarting, or closed the socket on us. The
 * request may not have reached it, or may have: a read is sent again; a write only
 * when the connection was never made (NOT_CONNECTED_CODES).
 */
const CONNECTION_LOSS_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
]);

/**
 * Codes of a connection that was never made: a request that failed so was not
 * sent, and is safe to send again even if it is a write.
 */
const NOT_CONNECTED_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** Whether `err` (or the error it wraps) says the connection was never made. */
export function neverConnected(err: unknown): boolean {
  return hasCodeIn(err, NOT_CONNECTED_CODES);
}

/** Whether `err` (or the error it wraps) is a lost or refused connection. */
export function isConnectionLoss(err: unknown): boolean {
  return hasCodeIn(err, CONNECTION_LOSS_CODES);
}

/** Whether `err` or one of the errors it wraps (4 deep at most) has a code in `codes`. */
function hasCodeIn(err: unknown, codes: ReadonlySet<string>): boolean {
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && codes.has(code)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
