/**
 * Byte sizes on the command line: `4096`, `4KiB`, `1MiB`, `10GiB`, `1.5GiB`.
 * Binary units (KiB, MiB, ... and the single letters K, M, G, T, P as dd and
 * truncate read them) are powers of 1024; SI units (kB, MB, GB, TB, PB) are powers
 * of 1000. Units are case-insensitive; a space may separate number and unit.
 */

const UNIT_BYTES: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1024],
  ['kib', 1024],
  ['m', 1024 ** 2],
  ['mib', 1024 ** 2],
  ['g', 1024 ** 3],
  ['gib', 1024 ** 3],
  ['t', 1024 ** 4],
  ['tib', 1024 ** 4],
  ['p', 1024 ** 5],
  ['pib', 1024 ** 5],
  ['kb', 1000],
  ['mb', 1000 ** 2],
  ['gb', 1000 ** 3],
  ['tb', 1000 ** 4],
  ['pb', 1000 ** 5],
]);

/** A number (integer or decimal, no sign or exponent), optional spaces, then an optional unit. */
const SIZE_PATTERN = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i;

/** What a size looks like, for error messages. */
const SIZE_EXAMPLES = 'a size like 4096, 4KiB, 1MiB or 10GiB';

/**
 * The number of bytes `text` names. Throws an Error whose message says what is
 * wrong (without naming a flag: the caller adds that) when `text` is not a size,
 * has an unknown unit, is not a whole number of bytes, or is past 2^53 - 1.
 */
export function parseSize(text: string): number {
  const match = SIZE_PATTERN.exec(text.trim());
  if (match === null) throw new Error(`"${text}" is not ${SIZE_EXAMPLES}`);
  const [, number, unit] = match as unknown as [string, string, string];
  const unitBytes = UNIT_BYTES.get(unit.toLowerCase());
  if (unitBytes === undefined) throw new Error(`"${text}" has an unknown unit "${unit}" (use B, KiB, MiB, GiB, TiB, PiB or kB, MB, GB, TB, PB)`);
  const [whole, fraction = ''] = number.split('.') as [string, string?];
  // Exact arithmetic: 1.5GiB is 1.5 × 2^30 with no floating-point rounding.
  const bytes = (BigInt(whole + fraction) * BigInt(unitBytes)) / 10n ** BigInt(fraction.length);
  if (bytes * 10n ** BigInt(fraction.length) !== BigInt(whole + fraction) * BigInt(unitBytes)) {
    throw new Error(`"${text}" is not a whole number of bytes`);
  }
  if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`"${text}" is over the largest size, ${Number.MAX_SAFE_INTEGER} bytes`);
  return Number(bytes);
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/**
 * `bytes` for people, in binary units: `512 B`, `4 KiB`, `1.5 MiB`, `10 GiB`; one
 * decimal below 100 of a unit, dropped when it is .0.
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || Math.abs(value) >= 100 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${BINARY_UNITS[unit]}`;
}
