/**
 * The efficiency function's planner (DESIGN.md, reference model): given load
 * snapshots, which connections should move so the group serves them at the lowest
 * predicted cost. Pure and deterministic: members and connections are handled in
 * sorted id order, and every tie is broken explicitly, so every member of the group
 * computes the same plan from the same input.
 */
import { connectionWork, memberCost } from './cost.js';
import { assert, PlanInputError } from './errors.js';
import { COST_KNEE_UTILIZATION, PLAN_GAIN_RELATIVE_MIN, PLAN_REASON_IDS_MAX, PLAN_ROUNDS_MAX } from './limits.js';
import type { PlanConnection, PlanInput, PlanMove, PlanOutput } from './types.js';
import { compareIds, validatePlanInput } from './validate.js';

/** The validated input in index form: members and connections in sorted id order. */
interface Model {
  readonly input: PlanInput;
  readonly memberIds: readonly string[];
  readonly capacity: Float64Array;
  readonly background: Float64Array;
  readonly connections: readonly PlanConnection[];
  /** Member index serving each connection now. */
  readonly owner: Int32Array;
  /** f(k,m) at [k·memberCount + m]. */
  readonly work: Float64Array;
  /** 1 unless the connection is in cooldown. */
  readonly movable: Uint8Array;
}

/** A possible plan: moves as (connection index, target member index) and its predicted cost. */
interface Candidate {
  readonly moves: ReadonlyArray<{ readonly k: number; readonly to: number }>;
  readonly cost: number;
}

function inCooldown(connection: PlanConnection, input: PlanInput): boolean {
  return connection.movedAt !== null && input.now - connection.movedAt < input.config.cooldownMs;
}

function buildModel(input: PlanInput): Model {
  const members = [...input.members].sort((a, b) => compareIds(a.id, b.id));
  const connections = [...input.connections].sort((a, b) => compareIds(a.id, b.id));
  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const memberCount = members.length;
  const owner = new Int32Array(connections.length);
  const movable = new Uint8Array(connections.length);
  const work = new Float64Array(connections.length * memberCount);
  connections.forEach((c, k) => {
    const index = memberIndex.get(c.member);
    assert(index !== undefined, `connection ${c.id} is on unknown member ${c.member}`);
    owner[k] = index;
    movable[k] = inCooldown(c, input) ? 0 : 1;
    members.forEach((m, i) => {
      work[k * memberCount + i] = connectionWork(c.work, input.config.forwardOverhead, c.pages[m.id] ?? 0);
    });
  });
  return {
    input,
    memberIds: members.map((m) => m.id),
    capacity: Float64Array.from(members, (m) => m.capacity),
    background: Float64Array.from(members, (m) => m.background),
    connections,
    owner,
    work,
    movable,
  };
}

/**
 * An assignment of connections to members with its per-member loads and cost terms,
 * so a move is evaluated from the two members it touches instead of from scratch.
 */
class Assignment {
  readonly owner: Int32Array;
  readonly loads: Float64Array;
  readonly terms: Float64Array;
  cost: number;

  /** Computes loads and cost from scratch, summing in sorted order. */
  constructor(
    private readonly model: Model,
    owner: Int32Array,
    loads?: Float64Array,
    terms?: Float64Array,
    cost?: number,
  ) {
    this.owner = owner.slice();
    if (loads !== undefined && terms !== undefined && cost !== undefined) {
      this.loads = loads.slice();
      this.terms = terms.slice();
      this.cost = cost;
      return;
    }
    const memberCount = model.memberIds.length;
    this.loads = model.background.slice();
    for (let k = 0; k < owner.length; k++) {
      const m = owner[k]!;
      this.loads[m] = this.loads[m]! + model.work[k * memberCount + m]!;
    }
    this.terms = this.loads.map((load, m) => memberCost(model.capacity[m]!, load));
    this.cost = this.terms.reduce((sum, term) => sum + term, 0);
  }

  clone(): Assignment {
    return new Assignment(this.model, this.owner, this.loads, this.terms, this.cost);
  }

  /** u_m of every member. */
  utilization(): Float64Array {
    return this.loads.map((load, m) => load / this.model.capacity[m]!);
  }

  /** Predicted cost if connection k moved to member `to`; changes nothing. */
  costIfMoved(k: number, to: number): number {
    const from = this.owner[k]!;
    const memberCount = this.model.memberIds.length;
    const fromTerm = memberCost(this.model.capacity[from]!, this.loads[from]! - this.model.work[k * memberCount + from]!);
    const toTerm = memberCost(this.model.capacity[to]!, this.loads[to]! + this.model.work[k * memberCount + to]!);
    return this.cost + (fromTerm - this.terms[from]!) + (toTerm - this.terms[to]!);
  }

  /** Predicted cost if connections k1 and k2 (on different members) traded members. */
  costIfSwapped(k1: number, k2: number): number {
    const a = this.owner[k1]!;
    const b = this.owner[k2]!;
    const memberCount = this.model.memberIds.length;
    const work = this.model.work;
    const loadA = this.loads[a]! - work[k1 * memberCount + a]! + work[k2 * memberCount + a]!;
    const loadB = this.loads[b]! - work[k2 * memberCount + b]! + work[k1 * memberCount + b]!;
    const termA = memberCost(this.model.capacity[a]!, loadA);
    const termB = memberCost(this.model.capacity[b]!, loadB);
    return this.cost + (termA - this.terms[a]!) + (termB - this.terms[b]!);
  }

  /** Moves connection k to member `to`; returns the gain (cost before − after). */
  move(k: number, to: number): number {
    const from = this.owner[k]!;
    assert(from !== to, `connection index ${k} moved onto its own member`);
    const memberCount = this.model.memberIds.length;
    const costBefore = this.cost;
    this.loads[from] = this.loads[from]! - this.model.work[k * memberCount + from]!;
    this.loads[to] = this.loads[to]! + this.model.work[k * memberCount + to]!;
    const fromTerm = memberCost(this.model.capacity[from]!, this.loads[from]!);
    const toTerm = memberCost(this.model.capacity[to]!, this.loads[to]!);
    this.cost = this.cost + (fromTerm - this.terms[from]!) + (toTerm - this.terms[to]!);
    this.terms[from] = fromTerm;
    this.terms[to] = toTerm;
    this.owner[k] = to;
    return costBefore - this.cost;
  }
}

/** Lower cost first, then fewer moves, then by connection id, then target id. */
function compareCandidates(x: Candidate, y: Candidate): number {
  if (x.cost !== y.cost) return x.cost < y.cost ? -1 : 1;
  if (x.moves.length !== y.moves.length) return x.moves.length - y.moves.length;
  for (let i = 0; i < x.moves.length; i++) {
    const a = x.moves[i]!;
    const b = y.moves[i]!;
    if (a.k !== b.k) return a.k - b.k;
    if (a.to !== b.to) return a.to - b.to;
  }
  return 0;
}

/**
 * The single move with the lowest predicted cost, skipping connections in cooldown
 * and those in `excluded`. Scanning connections, then targets, in sorted order and
 * replacing only on a strictly lower cost breaks ties by connection id, then target id.
 */
function bestSingle(model: Model, state: Assignment, excluded: Uint8Array | null): Candidate | null {
  let best: Candidate | null = null;
  const memberCount = model.memberIds.length;
  for (let k = 0; k < model.connections.length; k++) {
    if (model.movable[k] === 0 || (excluded !== null && excluded[k] === 1)) continue;
    for (let to = 0; to < memberCount; to++) {
      if (to === state.owner[k]) continue;
      const cost = state.costIfMoved(k, to);
      if (best === null || cost < best.cost) best = { moves: [{ k, to }], cost };
    }
  }
  return best;
}

/** The swap (two movable connections on different members trading members) with the lowest cost. */
function bestSwap(model: Model, state: Assignment): Candidate | null {
  const byMember: number[][] = model.memberIds.map(() => []);
  for (let k = 0; k < model.connections.length; k++) {
    if (model.movable[k] === 1) byMember[state.owner[k]!]!.push(k);
  }
  let best: Candidate | null = null;
  for (let a = 0; a < byMember.length; a++) {
    for (let b = a + 1; b < byMember.length; b++) {
      for (const k1 of byMember[a]!) {
        for (const k2 of byMember[b]!) {
          const cost = state.costIfSwapped(k1, k2);
          if (best !== null && cost > best.cost) continue;
          const [first, second] = k1 < k2 ? [k1, k2] : [k2, k1];
          const candidate = { moves: [{ k: first, to: state.owner[second]! }, { k: second, to: state.owner[first]! }], cost };
          if (best === null || compareCandidates(candidate, best) < 0) best = candidate;
        }
      }
    }
  }
  return best;
}

/**
 * Greedy chains: the given first move, then repeatedly the best single move on the
 * predicted state (never moving a connection twice) while it lowers the cost, up to
 * `movesMax` moves. Returns every chain of two or more moves.
 */
function greedyChains(model: Model, state: Assignment, first: Candidate, movesMax: number): Candidate[] {
  const predicted = state.clone();
  const excluded = new Uint8Array(model.connections.length);
  const moves = [...first.moves];
  for (const move of moves) {
    predicted.move(move.k, move.to);
    excluded[move.k] = 1;
  }
  const chains: Candidate[] = [];
  while (moves.length < movesMax) {
    const next = bestSingle(model, predicted, excluded);
    if (next === null || !(next.cost < predicted.cost)) break;
    const move = next.moves[0]!;
    predicted.move(move.k, move.to);
    excluded[move.k] = 1;
    moves.push(move);
    chains.push({ moves: [...moves], cost: predicted.cost });
  }
  return chains;
}

/** The best plan among all single moves, all swaps and the greedy chains. */
function search(model: Model, state: Assignment): Candidate | null {
  const movesMax = model.input.config.movesPerRoundMax;
  const single = bestSingle(model, state, null);
  const candidates: Candidate[] = single === null ? [] : [single];
  if (movesMax >= 2) {
    const swap = bestSwap(model, state);
    if (swap !== null) candidates.push(swap);
    if (single !== null && single.cost < state.cost) candidates.push(...greedyChains(model, state, single, movesMax));
  }
  const best = candidates.reduce<Candidate | null>((x, y) => (x === null || compareCandidates(y, x) < 0 ? y : x), null);
  assert(best === null || best.moves.length <= movesMax, 'a plan exceeds movesPerRoundMax');
  return best;
}

function utilizationRecord(model: Model, state: Assignment): Record<string, number> {
  const utilization = state.utilization();
  const record: Record<string, number> = {};
  model.memberIds.forEach((id, m) => {
    record[id] = utilization[m]!;
  });
  return record;
}

function formatPercent(fraction: number): string {
  return `${Number((fraction * 100).toFixed(2))}%`;
}

/** Which connections are in cooldown, by id, capped at PLAN_REASON_IDS_MAX. */
function cooldownReasons(model: Model): string[] {
  const ids = model.connections.filter((_, k) => model.movable[k] === 0).map((c) => c.id);
  if (ids.length === 0) return [];
  const shown = ids.slice(0, PLAN_REASON_IDS_MAX).join(', ');
  const more = ids.length > PLAN_REASON_IDS_MAX ? ` (+${ids.length - PLAN_REASON_IDS_MAX} more)` : '';
  const noun = ids.length === 1 ? 'connection' : 'connections';
  return [`${ids.length} ${noun} in cooldown: ${shown}${more}`];
}

/** Why the best candidate (if any) is not worth doing, or null when it is. */
function rejection(model: Model, state: Assignment, best: Candidate | null): string[] | null {
  const gain = best === null ? 0 : state.cost - best.cost;
  if (best === null || !(gain > PLAN_GAIN_RELATIVE_MIN * state.cost)) {
    return ['no plan lowers cost', ...cooldownReasons(model)];
  }
  const minGain = model.input.config.minGain;
  if (gain < minGain * state.cost) {
    return [`best plan gains ${formatPercent(gain / state.cost)} < minGain ${formatPercent(minGain)}`, ...cooldownReasons(model)];
  }
  return null;
}

/**
 * The over-utilization test of a round: the highest u_m against max(ū·(1+overloadRatio),
 * floor) — DESIGN.md's — but never above COST_KNEE_UTILIZATION: a member past the knee
 * of g is over-utilized whatever the mean. Without that, a group whose members are
 * all saturated (utilization is measured up to 1) never plans, and so never fixes
 * locality by swaps (bench:balance's locality scenario stayed at 16% forwarded with
 * every member at 1.00 and "no member over-utilized").
 */
function overload(model: Model, state: Assignment): { utilizationMax: number; threshold: number } {
  const { overloadRatio, utilizationFloor } = model.input.config;
  const loadTotal = state.loads.reduce((sum, load) => sum + load, 0);
  const capacityTotal = model.capacity.reduce((sum, capacity) => sum + capacity, 0);
  const mean = loadTotal / capacityTotal;
  const utilizationMax = state.utilization().reduce((max, u) => Math.max(max, u), 0);
  return { utilizationMax, threshold: Math.min(Math.max(mean * (1 + overloadRatio), utilizationFloor), COST_KNEE_UTILIZATION) };
}

/** Turns the chosen candidate into output moves, each with its marginal gain. */
function planMoves(model: Model, state: Assignment, best: Candidate): { moves: PlanMove[]; after: Assignment } {
  const replay = state.clone();
  const moves = best.moves.map(({ k, to }) => {
    const connection = model.connections[k]!;
    const from = model.memberIds[replay.owner[k]!]!;
    assert(model.movable[k] === 1, `planned a move of ${connection.id}, which is in cooldown`);
    return { connection: connection.id, from, to: model.memberIds[to]!, gain: replay.move(k, to) };
  });
  // The reported cost is recomputed from scratch rather than carried incrementally.
  return { moves, after: new Assignment(model, replay.owner) };
}

/**
 * One round of the efficiency function: validates `input`, then returns the moves
 * that lower the group's predicted cost the most (at most movesPerRoundMax, none in
 * cooldown, gaining at least minGain), or no moves and the reasons why.
 * Throws PlanInputError for a malformed input.
 */
export function plan(input: PlanInput): PlanOutput {
  const model = buildModel(validatePlanInput(input));
  const before = new Assignment(model, model.owner);
  const utilizationBefore = utilizationRecord(model, before);
  const nothing = (reasons: string[]): PlanOutput => ({
    moves: [],
    costBefore: before.cost,
    costAfter: before.cost,
    utilization: { before: utilizationBefore, after: utilizationBefore },
    reasons,
  });
  const { utilizationMax, threshold } = overload(model, before);
  if (!(utilizationMax > threshold)) {
    return nothing([`no member over-utilized: max ${utilizationMax.toFixed(2)} ≤ ${threshold.toFixed(2)}`]);
  }
  const best = search(model, before);
  const reasons = rejection(model, before, best);
  if (reasons !== null || best === null) return nothing(reasons ?? []);
  const { moves, after } = planMoves(model, before, best);
  assert(after.cost <= before.cost, `plan raises cost from ${before.cost} to ${after.cost}`);
  return {
    moves,
    costBefore: before.cost,
    costAfter: after.cost,
    utilization: { before: utilizationBefore, after: utilizationRecord(model, after) },
    reasons: [],
  };
}

/**
 * The predicted next input once `output`'s moves are done: each moved connection is
 * on its target member with movedAt = now. Lists keep the order of `input`.
 */
export function applyMoves(input: PlanInput, output: Pick<PlanOutput, 'moves'>): PlanInput {
  const valid = validatePlanInput(input);
  const moveById = new Map(output.moves.map((move) => [move.connection, move]));
  assert(moveById.size === output.moves.length, 'a plan moves a connection twice');
  const memberIds = new Set(valid.members.map((m) => m.id));
  let applied = 0;
  const connections = valid.connections.map((c) => {
    const move = moveById.get(c.id);
    if (move === undefined) return c;
    assert(move.from === c.member, `move of ${c.id} is from ${move.from}, but it is on ${c.member}`);
    assert(memberIds.has(move.to) && move.to !== c.member, `move of ${c.id} to ${move.to} is not to another member`);
    applied++;
    return { ...c, member: move.to, movedAt: valid.now };
  });
  assert(applied === moveById.size, 'a move names an unknown connection');
  return { ...valid, connections };
}

/**
 * Up to `rounds` rounds on the planner's own predictions: plan, apply the moves,
 * plan again; stops after the first round without moves. For what-if analysis.
 */
export function planRounds(input: PlanInput, rounds: number): PlanOutput[] {
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > PLAN_ROUNDS_MAX) {
    throw new PlanInputError('rounds', `must be a whole number in [1, ${PLAN_ROUNDS_MAX}], got ${rounds}`);
  }
  let current = validatePlanInput(input);
  const outputs: PlanOutput[] = [];
  for (let round = 0; round < rounds; round++) {
    const output = plan(current);
    outputs.push(output);
    if (output.moves.length === 0) break;
    current = applyMoves(current, output);
  }
  return outputs;
}
