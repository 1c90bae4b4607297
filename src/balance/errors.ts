/**
 * Failures of the efficiency function. A bad input is an operating error with a
 * stable code (the admin API and `shoal plan` report it); a broken invariant inside
 * the planner is a programmer error and crashes loudly through `assert`.
 */

/** The plan input is malformed or out of range; the message names the field path. */
export class PlanInputError extends Error {
  readonly code = 'PLAN_INPUT_INVALID';
  /** Where in the input the problem is, e.g. `connections[3].pages.n9`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'PlanInputError';
    this.path = path;
  }
}

/** A broken invariant of the planner itself. */
export class PlanAssertionFailure extends Error {
  constructor(message: string) {
    super(`balance invariant broken: ${message}`);
    this.name = 'PlanAssertionFailure';
  }
}

/** Crashes with `message` unless `condition` holds. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new PlanAssertionFailure(message);
}
