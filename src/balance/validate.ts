/**
 * Validation of the plan input, done once, up front: a bad input fails with a
 * PlanInputError naming the field path, and the planner itself only asserts.
 */
import { RECENT_MOVE_KEPT_MS } from '../cluster/index.js';
import { PlanInputError } from './errors.js';
import {
  PLAN_CONNECTIONS_MAX,
  PLAN_ID_LENGTH_MAX,
  PLAN_MEMBERS_MAX,
  PLAN_MOVES_PER_ROUND_MAX,
  PLAN_PAGES_SUM_TOLERANCE,
} from './limits.js';
import type { PlanConfig, PlanConnection, PlanInput, PlanMember } from './types.js';

/** One config field: its range, whether it is a whole number, and its default. */
interface ConfigField {
  name: keyof PlanConfig;
  min: number;
  max: number;
  integer: boolean;
  defaultValue: number;
}

/**
 * The config table. Defaults are DESIGN.md's example; ranges are what still makes
 * sense for the model (a minGain of 1 or more could never be met, for instance).
 */
export const PLAN_CONFIG_FIELDS: readonly ConfigField[] = [
  { name: 'forwardOverhead', min: 0, max: 10, integer: false, defaultValue: 0.3 },
  { name: 'overloadRatio', min: 0, max: 10, integer: false, defaultValue: 0.1 },
  { name: 'utilizationFloor', min: 0, max: 1, integer: false, defaultValue: 0.25 },
  { name: 'minGain', min: 0, max: 0.99, integer: false, defaultValue: 0.02 },
  // At most an hour: the replicated state remembers moves that long (RECENT_MOVE_KEPT_MS).
  { name: 'cooldownMs', min: 0, max: RECENT_MOVE_KEPT_MS, integer: true, defaultValue: 30_000 },
  { name: 'movesPerRoundMax', min: 1, max: PLAN_MOVES_PER_ROUND_MAX, integer: true, defaultValue: 2 },
];

/** Bytewise (code unit) order of ids: every member must sort alike. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new PlanInputError(path, `must be a finite number, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return value;
}

function id(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > PLAN_ID_LENGTH_MAX) {
    throw new PlanInputError(path, `must be a string of 1 to ${PLAN_ID_LENGTH_MAX} characters`);
  }
  return value;
}

function config(raw: unknown): PlanConfig {
  if (raw === undefined) raw = {};
  if (!isRecord(raw)) throw new PlanInputError('config', 'must be an object');
  const known = new Set<string>(PLAN_CONFIG_FIELDS.map((field) => field.name));
  // Unknown keys are most likely typos ("minGian"), which would silently use a default.
  for (const key of Object.keys(raw).sort(compareIds)) {
    if (!known.has(key)) throw new PlanInputError(`config.${key}`, 'unknown field');
  }
  const result: Partial<PlanConfig> = {};
  for (const field of PLAN_CONFIG_FIELDS) {
    const value = raw[field.name] ?? field.defaultValue;
    const path = `config.${field.name}`;
    finiteNumber(value, path);
    const inRange = (value as number) >= field.min && (value as number) <= field.max;
    if (!inRange || (field.integer && !Number.isInteger(value))) {
      const kind = field.integer ? 'a whole number' : 'a number';
      throw new PlanInputError(path, `must be ${kind} in [${field.min}, ${field.max}], got ${String(value)}`);
    }
    result[field.name] = value as number;
  }
  return result as PlanConfig;
}

function member(raw: unknown, path: string): PlanMember {
  if (!isRecord(raw)) throw new PlanInputError(path, 'must be an object');
  const capacity = finiteNumber(raw.capacity ?? 1, `${path}.capacity`);
  if (capacity <= 0) throw new PlanInputError(`${path}.capacity`, `must be > 0, got ${capacity}`);
  const background = finiteNumber(raw.background ?? 0, `${path}.background`);
  if (background < 0) throw new PlanInputError(`${path}.background`, `must be ≥ 0, got ${background}`);
  return { id: id(raw.id, `${path}.id`), capacity, background };
}

function pages(raw: unknown, path: string, memberIds: ReadonlySet<string>): Record<string, number> {
  if (!isRecord(raw)) throw new PlanInputError(path, 'must be an object of member id → fraction');
  const result: Record<string, number> = {};
  let sum = 0;
  // Sorted, so the sum (and the stored object) do not depend on the key order given.
  for (const key of Object.keys(raw).sort(compareIds)) {
    if (!memberIds.has(key)) throw new PlanInputError(`${path}.${key}`, `unknown member "${key}"`);
    const fraction = finiteNumber(raw[key], `${path}.${key}`);
    if (fraction < 0 || fraction > 1) throw new PlanInputError(`${path}.${key}`, `must be in [0, 1], got ${fraction}`);
    result[key] = fraction;
    sum += fraction;
  }
  if (Math.abs(sum - 1) > PLAN_PAGES_SUM_TOLERANCE) {
    throw new PlanInputError(path, `fractions must add up to 1, got ${sum}`);
  }
  return result;
}

function connection(raw: unknown, path: string, memberIds: ReadonlySet<string>): PlanConnection {
  if (!isRecord(raw)) throw new PlanInputError(path, 'must be an object');
  const connectionId = id(raw.id, `${path}.id`);
  const memberId = id(raw.member, `${path}.member`);
  if (!memberIds.has(memberId)) throw new PlanInputError(`${path}.member`, `unknown member "${memberId}"`);
  const work = finiteNumber(raw.work, `${path}.work`);
  if (work < 0) throw new PlanInputError(`${path}.work`, `must be ≥ 0, got ${work}`);
  const movedAt = raw.movedAt === undefined || raw.movedAt === null ? null : finiteNumber(raw.movedAt, `${path}.movedAt`);
  return { id: connectionId, member: memberId, work, pages: pages(raw.pages, `${path}.pages`, memberIds), movedAt };
}

function list(raw: unknown, path: string, minLength: number, maxLength: number): unknown[] {
  if (!Array.isArray(raw)) throw new PlanInputError(path, 'must be an array');
  if (raw.length < minLength || raw.length > maxLength) {
    throw new PlanInputError(path, `must have ${minLength} to ${maxLength} entries, got ${raw.length}`);
  }
  return raw as unknown[];
}

function checkUnique(ids: readonly string[], path: string): void {
  const seen = new Set<string>();
  ids.forEach((value, index) => {
    if (seen.has(value)) throw new PlanInputError(`${path}[${index}].id`, `duplicate id "${value}"`);
    seen.add(value);
  });
}

/**
 * Checks and normalizes a plan input (e.g. parsed JSON): fills config defaults,
 * capacity 1, background 0 and movedAt null when missing, and returns a fresh copy.
 * Throws PlanInputError (code PLAN_INPUT_INVALID) naming the first bad field.
 */
export function validatePlanInput(raw: unknown): PlanInput {
  if (!isRecord(raw)) throw new PlanInputError('(input)', 'must be an object');
  const now = finiteNumber(raw.now, 'now');
  const planConfig = config(raw.config);
  const members = list(raw.members, 'members', 1, PLAN_MEMBERS_MAX).map((m, i) => member(m, `members[${i}]`));
  checkUnique(
    members.map((m) => m.id),
    'members',
  );
  const memberIds = new Set(members.map((m) => m.id));
  const connections = list(raw.connections, 'connections', 0, PLAN_CONNECTIONS_MAX).map((c, i) =>
    connection(c, `connections[${i}]`, memberIds),
  );
  checkUnique(
    connections.map((c) => c.id),
    'connections',
  );
  return { now, config: planConfig, members, connections };
}
