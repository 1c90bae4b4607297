import { RaftError } from '../../src/raft/index.js';

/** A broken invariant: the simulator stops and reports the seed and the events before it. */
export class InvariantViolation extends Error {
  constructor(
    /** The invariant's name, e.g. `election-safety`. */
    readonly invariant: string,
    readonly detail: string,
  ) {
    super(`${invariant}: ${detail}`);
    this.name = 'InvariantViolation';
  }
}

/** Throws a violation of `invariant` unless `condition` holds. */
export function ensure(condition: unknown, invariant: string, detail: () => string): asserts condition {
  if (!condition) throw new InvariantViolation(invariant, detail());
}

/**
 * Runs a call into the Raft core. Operating errors (RaftError: a dropped proposal,
 * an unknown peer) pass through for the caller to count; anything else the core
 * throws is a broken assertion inside it, reported as the `core-assertion` violation.
 */
export function intoCore<T>(what: string, call: () => T, isOperatingError: (err: unknown) => boolean): T {
  try {
    return call();
  } catch (err) {
    if (err instanceof InvariantViolation || isOperatingError(err)) throw err;
    const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
    throw new InvariantViolation('core-assertion', `${what} threw: ${stack.split('\n').slice(0, 6).join('\n')}`);
  }
}

/** True for the core's operating errors (counted by callers), false for bugs. */
export function isRaftError(err: unknown): boolean {
  return err instanceof RaftError;
}
