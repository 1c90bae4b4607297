/**
 * Linearizability checking for the chaos harness, after Porcupine (Athalye): the
 * "just-in-time linearization" search of Wing & Gong with Lowe's memoization.
 *
 * The model is one read/write register per key (a key is a 4 KiB block id, a value
 * is the write's unique id, or the block's initial value). Registers are
 * independent, so the history is partitioned by key and each key is searched on
 * its own: that keeps every search small, which is what makes the check tractable
 * (linearizability checking is NP-complete in general).
 *
 * Pure: no IO, no timers, no randomness. Times are plain numbers in any unit.
 *
 * Conventions, shared by both checks below:
 * - Ties: when one operation completes at the same instant another is invoked, the
 *   completion counts as first, so the two are ordered and may not be reordered.
 *   This is the stricter reading: a harness clock too coarse to separate them can
 *   only produce false alarms, never hide a violation. The one exception is two
 *   instantaneous operations (invokedAt === completedAt) at the same instant: each
 *   would have to precede the other, so they count as concurrent instead.
 * - An `indeterminate` write (a timeout, a lost connection) may have taken effect
 *   at any time after its invocation, or never. It is treated as completing at
 *   +infinity (as Porcupine does), so it may be linearized anywhere after its call,
 *   including after everything else, which is the same as never. (The search then
 *   narrows that exactly where it can: see `deadlines`.)
 * - An `indeterminate` read carries no information and is dropped.
 * - Operations that definitely failed must not be passed in at all.
 */

/** One client operation as the harness recorded it. */
export interface Operation {
  /** The register: a block id. */
  key: string;
  kind: 'read' | 'write';
  /** The value written, or the value the read returned. */
  value: string;
  invokedAt: number;
  /** When the client saw the answer; ignored for indeterminate operations. */
  completedAt: number;
  outcome: 'ok' | 'indeterminate';
}

/** The default bound on search steps per key; a key that needs more is reported as timed out. */
export const LINEARIZABILITY_STEPS_MAX = 1_000_000;

/** The most operations a violation's witness lists. */
export const WITNESS_OPERATIONS_MAX = 8;

/** How many of the last linearized operations a witness shows before the stuck one. */
const WITNESS_LINEARIZED_TAIL = 3;

export interface LinearizabilityOptions {
  /** The value every register holds before any write, e.g. the all-zeros block "0". */
  initialValue: string;
  /** Search steps allowed per key (default LINEARIZABILITY_STEPS_MAX). */
  budget?: number;
}

export interface Violation<T extends Operation = Operation> {
  key: string;
  message: string;
  /** A small witness: the operations of `key` involved, by invocation time. */
  operations: T[];
}

export interface LinearizabilityResult<T extends Operation = Operation> {
  /** True only when every key was shown linearizable: no violation and no timeout. */
  ok: boolean;
  keysChecked: number;
  /** Operations considered, after dropping indeterminate reads. */
  operationsChecked: number;
  violations: Violation<T>[];
  /** Keys whose search exceeded the step budget: unknown, not ok. */
  timedOut: string[];
  /** Search steps over all keys. */
  steps: number;
  /** The most steps any single key took (compare with the budget). */
  stepsMax: number;
}

/** Throws on a history the checker cannot reason about (a harness bug, not a cluster bug). */
function validate(op: Operation): void {
  if (op.outcome === 'indeterminate') validateTimes(op.key, op.invokedAt, op.invokedAt);
  else validateTimes(op.key, op.invokedAt, op.completedAt);
}

function validateTimes(key: string, invokedAt: number, completedAt: number): void {
  if (!Number.isFinite(invokedAt)) throw new RangeError(`operation on ${key}: invokedAt ${invokedAt} is not finite`);
  if (!Number.isFinite(completedAt) || completedAt < invokedAt) {
    throw new RangeError(`operation on ${key}: completedAt ${completedAt} precedes invokedAt ${invokedAt}`);
  }
}

/** Groups operations by key, keys sorted so that reports are stable. */
function partitionByKey<T extends Operation>(history: readonly T[]): Array<[string, T[]]> {
  const byKey = new Map<string, T[]>();
  for (const op of history) {
    const list = byKey.get(op.key);
    if (list === undefined) byKey.set(op.key, [op]);
    else list.push(op);
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** When an operation's effect must have happened by: +infinity for an indeterminate write. */
function returnTime(op: Operation): number {
  return op.outcome === 'indeterminate' ? Infinity : op.completedAt;
}

/** The time an operation may take effect in; completedAt may be +infinity (or -infinity for the initial value). */
interface Span {
  invokedAt: number;
  completedAt: number;
}

function span(op: Operation): Span {
  return { invokedAt: op.invokedAt, completedAt: returnTime(op) };
}

/** Real-time order with the tie rule above: `a` must take effect before `b`. */
function precedes(a: Span, b: Span): boolean {
  if (a.completedAt !== b.invokedAt) return a.completedAt < b.invokedAt;
  return a.invokedAt < a.completedAt || b.invokedAt < b.completedAt;
}

function concurrent(a: Span, b: Span): boolean {
  return !precedes(a, b) && !precedes(b, a);
}

function describe(op: Operation): string {
  const end = op.outcome === 'indeterminate' ? '?' : String(op.completedAt);
  return `${op.kind} "${op.value}" [${op.invokedAt}, ${end}]${op.outcome === 'indeterminate' ? ' (indeterminate)' : ''}`;
}

/** Ascending numbers, +infinity included (a - b would give NaN for two infinities). */
function ascending(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byInvocation(a: Operation, b: Operation): number {
  return ascending(a.invokedAt, b.invokedAt) || ascending(returnTime(a), returnTime(b));
}

/**
 * Checks that `history` is linearizable for a register per key. Keys whose search
 * exceeds the budget are listed in `timedOut` and make the result not ok.
 */
export function checkLinearizable<T extends Operation>(history: readonly T[], options: LinearizabilityOptions): LinearizabilityResult<T> {
  const budget = options.budget ?? LINEARIZABILITY_STEPS_MAX;
  if (!(budget >= 1)) throw new RangeError(`budget ${budget}: a search needs at least one step`);
  history.forEach(validate);
  // An indeterminate read may have read anything, or nothing: it constrains nothing.
  const informative = history.filter((op) => !(op.kind === 'read' && op.outcome === 'indeterminate'));
  const result: LinearizabilityResult<T> = {
    ok: true,
    keysChecked: 0,
    operationsChecked: informative.length,
    violations: [],
    timedOut: [],
    steps: 0,
    stepsMax: 0,
  };
  for (const [key, ops] of partitionByKey(informative)) {
    result.keysChecked += 1;
    const outcome = checkKey(key, ops, options.initialValue, budget);
    result.steps += outcome.steps;
    result.stepsMax = Math.max(result.stepsMax, outcome.steps);
    if (outcome.violation !== null) result.violations.push(outcome.violation);
    if (outcome.timedOut) result.timedOut.push(key);
  }
  result.ok = result.violations.length === 0 && result.timedOut.length === 0;
  return result;
}

interface KeyOutcome<T extends Operation> {
  violation: Violation<T> | null;
  timedOut: boolean;
  steps: number;
}

function checkKey<T extends Operation>(key: string, ops: T[], initialValue: string, budget: number): KeyOutcome<T> {
  const obvious = obviousViolation(key, ops, initialValue);
  if (obvious !== null) return { violation: obvious, timedOut: false, steps: 0 };
  const searched = withoutUnobservedIndeterminateWrites(ops);
  const search = searchLinearization(searched, deadlines(searched, initialValue), initialValue, budget);
  switch (search.kind) {
    case 'ok':
      return { violation: null, timedOut: false, steps: search.steps };
    case 'timeout':
      return { violation: null, timedOut: true, steps: search.steps };
    case 'stuck':
      return { violation: explainStuck(key, searched, search, initialValue), timedOut: false, steps: search.steps };
  }
}

/**
 * Drops indeterminate writes whose value no read returned. Sound: such a write can
 * always be linearized last (it may complete at +infinity), where it affects no
 * read; and it only widens the search, since it is pending across every return.
 */
function withoutUnobservedIndeterminateWrites<T extends Operation>(ops: T[]): T[] {
  const observed = new Set(ops.filter((op) => op.kind === 'read').map((op) => op.value));
  return ops.filter((op) => op.kind === 'read' || op.outcome === 'ok' || observed.has(op.value));
}

/** Where an operation's return entry goes: the instant, and the place within it (eventRank). */
interface Deadline {
  time: number;
  rank: number;
}

function ownDeadline(op: Operation): Deadline {
  const time = returnTime(op);
  return { time, rank: eventRank(false, op.invokedAt === time) };
}

function earlier(a: Deadline, b: Deadline): boolean {
  return a.time < b.time || (a.time === b.time && a.rank < b.rank);
}

/**
 * When each operation must have taken effect by. For an indeterminate write that is
 * +infinity, unless its value is unique (no other write wrote it, and it is not the
 * initial value) and some read returned it: then the write must precede every such
 * read, so it must have taken effect by the first of their returns, and its return
 * entry goes right there. Exact, and it matters: a write left open until +infinity
 * stays pending across every later return, multiplying the states the search explores.
 */
function deadlines(ops: readonly Operation[], initialValue: string): Deadline[] {
  const writers = new Map<string, number>();
  const firstRead = new Map<string, Deadline>();
  for (const op of ops) {
    if (op.kind === 'write') {
      writers.set(op.value, (writers.get(op.value) ?? 0) + 1);
      continue;
    }
    const own = ownDeadline(op);
    const first = firstRead.get(op.value);
    if (first === undefined || earlier(own, first)) firstRead.set(op.value, own);
  }
  return ops.map((op) => {
    const own = ownDeadline(op);
    if (op.outcome === 'ok' || op.value === initialValue || writers.get(op.value) !== 1) return own;
    return firstRead.get(op.value) ?? own;
  });
}

/**
 * The two violations a single read proves on its own, found without searching and
 * explained in plain words: a value nobody wrote, and a value read before anybody
 * started writing it.
 */
function obviousViolation<T extends Operation>(key: string, ops: T[], initialValue: string): Violation<T> | null {
  const writesOf = new Map<string, T[]>();
  for (const op of ops) {
    if (op.kind !== 'write') continue;
    const list = writesOf.get(op.value);
    if (list === undefined) writesOf.set(op.value, [op]);
    else list.push(op);
  }
  const reads = ops.filter((op) => op.kind === 'read').sort(byInvocation);
  for (const read of reads) {
    if (read.value === initialValue) continue;
    const writes = writesOf.get(read.value);
    if (writes === undefined) {
      return { key, message: `${describe(read)} returned a value no write of ${key} wrote`, operations: [read] };
    }
    if (writes.every((w) => precedes(span(read), span(w)))) {
      const first = writes.reduce((a, b) => (b.invokedAt < a.invokedAt ? b : a));
      return { key, message: `${describe(read)} completed before any write of that value began: ${describe(first)}`, operations: [read, first] };
    }
  }
  return null;
}

/* ------------------------------------------------------------------------------
 * The search. Every operation contributes a call entry and a return entry to a
 * doubly linked list in time order. Walking from the head, a call entry may be
 * linearized now (the model accepts it and the pair (linearized set, state) is
 * new), which lifts its call and return out of the list; reaching a return entry
 * means that operation had to be linearized already, so the search backtracks.
 * The list is empty when everything is linearized.
 * ---------------------------------------------------------------------------- */

const HEAD = 0;
const NIL = -1;
/** The model's answer to an operation it cannot apply in the current state. */
const REJECTED = -1;

/** The entry list in flat arrays: entry 0 is the head, entries 1..2n the calls and returns in time order. */
interface EntryList {
  next: Int32Array;
  prev: Int32Array;
  /** The operation of each entry. */
  op: Int32Array;
  /** For a call entry, its return entry; NIL for a return entry. */
  match: Int32Array;
}

interface Event {
  time: number;
  /** The order of events at one instant: see eventRank. */
  rank: number;
  isCall: boolean;
  op: number;
}

/**
 * The order of events at one instant, after the Ties rule: returns of operations
 * that took time, then calls and returns of instantaneous operations (concurrent
 * with each other), then calls of operations that take time.
 */
function eventRank(isCall: boolean, instantaneous: boolean): number {
  if (instantaneous) return isCall ? 1 : 2;
  return isCall ? 3 : 0;
}

/** Time order, then eventRank, then by operation for determinism. */
function eventOrder(a: Event, b: Event): number {
  return ascending(a.time, b.time) || a.rank - b.rank || a.op - b.op;
}

function buildEntries(ops: readonly Operation[], deadline: readonly Deadline[]): EntryList {
  const events: Event[] = [];
  ops.forEach((op, i) => {
    const instantaneous = op.outcome === 'ok' && op.invokedAt === op.completedAt;
    events.push({ time: op.invokedAt, rank: eventRank(true, instantaneous), isCall: true, op: i });
    events.push({ ...deadline[i]!, isCall: false, op: i });
  });
  events.sort(eventOrder);
  const size = events.length + 1;
  const list: EntryList = { next: new Int32Array(size), prev: new Int32Array(size), op: new Int32Array(size), match: new Int32Array(size) };
  const callEntry = new Int32Array(ops.length);
  list.op[HEAD] = NIL;
  list.match[HEAD] = NIL;
  events.forEach((event, i) => {
    const entry = i + 1;
    list.op[entry] = event.op;
    list.match[entry] = NIL;
    if (event.isCall) callEntry[event.op] = entry;
    else list.match[callEntry[event.op]!] = entry;
  });
  for (let entry = 0; entry < size; entry++) {
    list.prev[entry] = entry - 1;
    list.next[entry] = entry + 1 < size ? entry + 1 : NIL;
  }
  return list;
}

function unlink(list: EntryList, entry: number): void {
  const before = list.prev[entry]!;
  const after = list.next[entry]!;
  list.next[before] = after;
  if (after !== NIL) list.prev[after] = before;
}

/** Undoes unlink(entry); valid while the neighbours are as unlink left them (undo in LIFO order). */
function relink(list: EntryList, entry: number): void {
  const before = list.prev[entry]!;
  const after = list.next[entry]!;
  list.next[before] = entry;
  if (after !== NIL) list.prev[after] = entry;
}

function lift(list: EntryList, call: number): void {
  unlink(list, call);
  unlink(list, list.match[call]!);
}

function unlift(list: EntryList, call: number): void {
  relink(list, list.match[call]!);
  relink(list, call);
}

/** Mixes an operation index into 32 bits (murmur3's finalizer), for an order-free XOR hash of a set. */
function mix32(value: number): number {
  let h = (value + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** The set of linearized operations, with a hash kept up to date on every change. */
class Bitset {
  readonly words: Uint32Array;
  hash = 0;

  constructor(size: number) {
    this.words = new Uint32Array(Math.ceil(size / 32));
  }

  set(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
    this.hash ^= mix32(i);
  }

  clear(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
    this.hash ^= mix32(i);
  }
}

function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The (linearized set, register state) pairs already explored: each leads nowhere twice. */
class VisitedStates {
  private readonly buckets = new Map<number, Array<{ words: Uint32Array; state: number }>>();

  /** Records the pair; false if it had been recorded before. */
  add(linearized: Bitset, state: number): boolean {
    const hash = (linearized.hash + Math.imul(state + 1, 0x9e3779b1)) | 0;
    const bucket = this.buckets.get(hash);
    if (bucket?.some((seen) => seen.state === state && sameWords(seen.words, linearized.words))) return false;
    const entry = { words: linearized.words.slice(), state };
    if (bucket === undefined) this.buckets.set(hash, [entry]);
    else bucket.push(entry);
    return true;
  }
}

/**
 * The register, with values interned: state 0 is the initial value. A write always
 * applies; a read applies only when it returned the current value.
 */
interface RegisterModel {
  isWrite: Uint8Array;
  value: Int32Array;
  /** The value of each state number. */
  names: string[];
}

function registerModel(ops: readonly Operation[], initialValue: string): RegisterModel {
  const index = new Map<string, number>([[initialValue, 0]]);
  const names = [initialValue];
  const model: RegisterModel = { isWrite: new Uint8Array(ops.length), value: new Int32Array(ops.length), names };
  ops.forEach((op, i) => {
    let v = index.get(op.value);
    if (v === undefined) {
      v = names.length;
      index.set(op.value, v);
      names.push(op.value);
    }
    model.value[i] = v;
    model.isWrite[i] = op.kind === 'write' ? 1 : 0;
  });
  return model;
}

function step(model: RegisterModel, state: number, op: number): number {
  const value = model.value[op]!;
  if (model.isWrite[op] === 1) return value;
  return value === state ? state : REJECTED;
}

type SearchOutcome =
  | { kind: 'ok'; steps: number }
  | { kind: 'timeout'; steps: number }
  | {
      kind: 'stuck';
      steps: number;
      /** The operation whose return the deepest partial linearization could not pass. */
      culprit: number;
      /** That partial linearization, in order. */
      linearized: number[];
      /** The register's state after it. */
      state: string;
    };

/** The deepest point the search reached: where the explanation of a violation starts. */
interface Deepest {
  depth: number;
  culprit: number;
  linearized: number[];
  state: number;
}

/** Searches for a linearization of one key's operations, each taking effect by its deadline. */
function searchLinearization(ops: readonly Operation[], deadline: readonly Deadline[], initialValue: string, budget: number): SearchOutcome {
  const list = buildEntries(ops, deadline);
  const model = registerModel(ops, initialValue);
  const linearized = new Bitset(ops.length);
  const visited = new VisitedStates();
  // The stack of linearized call entries and the state before each.
  const stackEntry = new Int32Array(ops.length);
  const stackState = new Int32Array(ops.length);
  let depth = 0;
  let state = 0;
  let steps = 0;
  let entry = list.next[HEAD]!;
  const deepest: Deepest = { depth: -1, culprit: NIL, linearized: [], state: 0 };
  while (list.next[HEAD] !== NIL) {
    if (++steps > budget) return { kind: 'timeout', steps: budget };
    const op = list.op[entry]!;
    if (list.match[entry] !== NIL) {
      const after = step(model, state, op);
      if (after !== REJECTED) {
        linearized.set(op);
        if (visited.add(linearized, after)) {
          stackEntry[depth] = entry;
          stackState[depth++] = state;
          state = after;
          lift(list, entry);
          entry = list.next[HEAD]!;
          continue;
        }
        linearized.clear(op);
      }
      // A call entry always has its return further on, so this never runs off the end.
      entry = list.next[entry]!;
      continue;
    }
    // A return entry: `op` had to be linearized by now and is not. Backtrack.
    if (depth > deepest.depth) recordDeepest(deepest, depth, op, stackEntry, list, state);
    if (depth === 0) {
      return { kind: 'stuck', steps, culprit: deepest.culprit, linearized: deepest.linearized, state: model.names[deepest.state]! };
    }
    entry = stackEntry[--depth]!;
    state = stackState[depth]!;
    linearized.clear(list.op[entry]!);
    unlift(list, entry);
    entry = list.next[entry]!;
  }
  return { kind: 'ok', steps };
}

function recordDeepest(deepest: Deepest, depth: number, culprit: number, stackEntry: Int32Array, list: EntryList, state: number): void {
  deepest.depth = depth;
  deepest.culprit = culprit;
  deepest.linearized = Array.from(stackEntry.subarray(0, depth), (entry) => list.op[entry]!);
  deepest.state = state;
}

/**
 * The witness of a failed search: the operation no linearization could place, the
 * last few operations of the deepest partial linearization, the operations
 * concurrent with it that were left out, and, for a read, the writes of its value.
 */
function explainStuck<T extends Operation>(key: string, ops: T[], search: Extract<SearchOutcome, { kind: 'stuck' }>, initialValue: string): Violation<T> {
  const culprit = ops[search.culprit]!;
  const placed = new Set(search.linearized);
  const chosen = new Set<T>([culprit]);
  const add = (candidates: T[]) => {
    for (const op of candidates) if (chosen.size < WITNESS_OPERATIONS_MAX) chosen.add(op);
  };
  add(search.linearized.slice(-WITNESS_LINEARIZED_TAIL).map((i) => ops[i]!));
  if (culprit.kind === 'read' && culprit.value !== initialValue) {
    add(ops.filter((op) => op.kind === 'write' && op.value === culprit.value).sort((a, b) => ascending(returnTime(b), returnTime(a))));
  }
  add(ops.filter((op, i) => !placed.has(i) && op !== culprit && concurrent(span(op), span(culprit))));
  const message =
    `${describe(culprit)} fits no linearization: the longest partial linearization places ` +
    `${search.linearized.length} of ${ops.length} operations and leaves the register at "${search.state}"`;
  return { key, message, operations: [...chosen].sort(byInvocation) };
}

/* ------------------------------------------------------------------------------
 * No lost writes: the check after healing, simpler than linearizability and
 * meaningful even when the history's search timed out.
 * ---------------------------------------------------------------------------- */

/** The read of a block after the cluster healed. */
export interface FinalRead {
  key: string;
  value: string;
  invokedAt: number;
  completedAt: number;
}

export interface LostWriteViolation<T extends Operation = Operation> {
  key: string;
  /** The value the final read returned. */
  value: string;
  message: string;
  read: FinalRead;
  /**
   * The acknowledged write the value should not precede: it started after the
   * value's write completed and completed before the final read began. Null when
   * the value was never written (or only written after the read).
   */
  supersededBy: T | null;
}

export interface LostWritesResult<T extends Operation = Operation> {
  ok: boolean;
  /** Final reads checked. */
  readsChecked: number;
  violations: LostWriteViolation<T>[];
  /** Keys with an acknowledged write but no final read: the check could not look at them. */
  unread: string[];
}

/**
 * Checks every final read against the writes of its key. The value v of a final
 * read R must come from a write w (acknowledged or indeterminate, or the initial
 * value) invoked before R completed, and must not be too old:
 *
 *   w is superseded if some acknowledged write w2 of the key (w2 ≠ w) completed
 *   before R began (w2.completedAt <= R.invokedAt) and started after w completed
 *   (w2.invokedAt >= w.completedAt); v is too old if every such w is superseded.
 *   (With ties as below: `<=` and `>=` here are `precedes`.)
 *
 * Then any linearization puts w2 after w and before R, so R cannot see w. An
 * indeterminate w completes at +infinity and is never superseded (it may have
 * applied just before R); the initial value completes at -infinity and is
 * superseded by any acknowledged write that completed before R. Ties as in
 * checkLinearizable: a completion at the instant of an invocation comes first.
 */
export function checkNoLostWrites<T extends Operation>(
  history: readonly T[],
  finalReads: readonly FinalRead[],
  options: { initialValue: string },
): LostWritesResult<T> {
  history.forEach(validate);
  for (const read of finalReads) validateTimes(read.key, read.invokedAt, read.completedAt);
  const writesByKey = new Map(partitionByKey(history.filter((op) => op.kind === 'write')));
  const violations: LostWriteViolation<T>[] = [];
  for (const read of finalReads) {
    const violation = checkFinalRead(read, writesByKey.get(read.key) ?? [], options.initialValue);
    if (violation !== null) violations.push(violation);
  }
  const readKeys = new Set(finalReads.map((read) => read.key));
  const unread = [...writesByKey.entries()]
    .filter(([key, writes]) => !readKeys.has(key) && writes.some((w) => w.outcome === 'ok'))
    .map(([key]) => key);
  return { ok: violations.length === 0 && unread.length === 0, readsChecked: finalReads.length, violations, unread };
}

/** A source of a final value: a write of the history, or the initial value (null). */
interface Source<T> {
  write: T | null;
  span: Span;
}

/** The initial value as a write that took effect before everything. */
const INITIAL_WRITE: Span = { invokedAt: -Infinity, completedAt: -Infinity };

function checkFinalRead<T extends Operation>(read: FinalRead, writes: T[], initialValue: string): LostWriteViolation<T> | null {
  const sources: Source<T>[] = writes
    .filter((w) => w.value === read.value && !precedes(read, span(w)))
    .map((w) => ({ write: w, span: span(w) }));
  if (read.value === initialValue) sources.push({ write: null, span: INITIAL_WRITE });
  if (sources.length === 0) {
    const message = `final read of ${read.key} returned "${read.value}", which no write invoked before the read completed wrote`;
    return { key: read.key, value: read.value, message, read, supersededBy: null };
  }
  const acknowledgedBefore = writes.filter((w) => w.outcome === 'ok' && precedes(w, read));
  const supersededBy = (source: Source<T>) => acknowledgedBefore.filter((w2) => w2 !== source.write && precedes(source.span, w2));
  if (sources.some((source) => supersededBy(source).length === 0)) return null;
  // Every source is superseded: name the newest source and the latest write that buried it.
  const newest = sources.reduce((a, b) => (b.span.completedAt > a.span.completedAt ? b : a));
  const newer = supersededBy(newest).reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
  const origin = newest.write === null ? 'the initial value' : describe(newest.write);
  const message =
    `final read of ${read.key} at ${read.invokedAt} returned "${read.value}" (${origin}), ` +
    `older than acknowledged ${describe(newer)}, which started after it and completed before the read`;
  return { key: read.key, value: read.value, message, read, supersededBy: newer };
}
