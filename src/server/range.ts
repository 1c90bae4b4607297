/**
 * The `Range: bytes=...` header of a GET (RFC 9110 §14.1.2), one range only:
 * `bytes=a-b` (inclusive), `bytes=a-` (to the end), `bytes=-n` (the last n bytes).
 * Pure; malformed headers are `invalid_argument`, ranges outside the volume are
 * "unsatisfiable" (the caller answers 416).
 */
import { invalidArgument } from './errors.js';

/** A resolved byte range: `length` bytes from `offset`. */
export interface ByteRange {
  offset: number;
  length: number;
}

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/** The range `header` selects in a resource of `sizeBytes`, or 'unsatisfiable'. */
export function parseRangeHeader(header: string, sizeBytes: number): ByteRange | 'unsatisfiable' {
  const text = header.trim();
  if (text.includes(',')) throw invalidArgument(`Range "${header}": only one range is supported`);
  const match = SINGLE_RANGE.exec(text);
  if (!match || (match[1] === '' && match[2] === '')) {
    throw invalidArgument(`Range "${header}" is not bytes=first-last, bytes=first- or bytes=-suffix`);
  }
  const first = match[1] === '' ? null : wholeNumber(match[1]!, header);
  const last = match[2] === '' ? null : wholeNumber(match[2]!, header);
  if (first === null) {
    // A suffix: the last `last` bytes.
    if (last === 0) return 'unsatisfiable';
    const length = Math.min(last!, sizeBytes);
    return { offset: sizeBytes - length, length };
  }
  if (last !== null && last < first) throw invalidArgument(`Range "${header}": last byte ${last} is before first byte ${first}`);
  if (first >= sizeBytes) return 'unsatisfiable';
  const end = Math.min(last === null ? sizeBytes - 1 : last, sizeBytes - 1);
  return { offset: first, length: end - first + 1 };
}

function wholeNumber(digits: string, header: string): number {
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) throw invalidArgument(`Range "${header}": ${digits} is too large`);
  return value;
}
