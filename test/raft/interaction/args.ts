/**
 * Argument helpers for script commands: positional ids, `key=value` options,
 * `key=(a,b)` lists and `(1,2)` groups. Every helper throws a message that names
 * the command, so a typo in a script is reported where it is.
 */
import type { Block } from './datadriven.js';

/** Positional arguments: bare words without `=` and not in parentheses. */
export function positional(block: Block): string[] {
  return block.args.filter((a) => a.values.length === 0 && !a.key.startsWith('(') && !a.key.includes('=')).map((a) => a.key);
}

/** Parenthesized groups such as `(1) (2,3)`, in order. */
export function groups(block: Block): string[][] {
  return block.args
    .filter((a) => a.key.startsWith('(') && a.key.endsWith(')'))
    .map((a) => a.key.slice(1, -1).split(',').filter((s) => s !== ''));
}

/** The values of `key=...`, or null when absent. */
export function list(block: Block, key: string): string[] | null {
  const arg = block.args.find((a) => a.key === key);
  return arg ? arg.values : null;
}

export function str(block: Block, key: string): string | null {
  const values = list(block, key);
  if (values === null) return null;
  if (values.length !== 1) throw new Error(`${block.command}: ${key} takes one value`);
  return values[0]!;
}

export function int(block: Block, key: string): number | null {
  const s = str(block, key);
  if (s === null) return null;
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw new Error(`${block.command}: ${key}=${s} is not an integer`);
  return n;
}

export function bool(block: Block, key: string): boolean | null {
  const s = str(block, key);
  if (s === null) return null;
  if (s !== 'true' && s !== 'false') throw new Error(`${block.command}: ${key}=${s} is not true or false`);
  return s === 'true';
}

/** The n-th positional argument, which must be present. */
export function nth(block: Block, n: number, what: string): string {
  const value = positional(block)[n];
  if (value === undefined) throw new Error(`${block.command}: missing ${what}`);
  return value;
}

/** A positional argument that must be an integer. */
export function nthInt(block: Block, n: number, what: string): number {
  const s = nth(block, n, what);
  const value = Number(s);
  if (!Number.isSafeInteger(value)) throw new Error(`${block.command}: ${what} '${s}' is not an integer`);
  return value;
}
