/**
 * Volumes of the replicated state: their rules (names, sizes, page sizes) and the
 * deterministic checks that every member makes alike when it applies a command.
 * A command that breaks a rule is rejected by the state machine on every member —
 * the admin service checks the same rules first so its caller gets the message at
 * once, but only the log's order decides (two creates of one name race there).
 */
import type { PageMap } from './page-map.js';

/** A volume as the replicated state knows it. */
export interface Volume {
  /** The log index that created it: unique for the group's lifetime. */
  id: number;
  name: string;
  sizeBytes: number;
  pageSizeBytes: number;
  pageMap: PageMap;
}

/** 1 MiB: the page size when the caller names none (DESIGN.md). */
export const DEFAULT_PAGE_SIZE_BYTES = 1024 * 1024;
/** 64 KiB: smaller pages make page maps and per-page overheads dominate. */
export const PAGE_SIZE_BYTES_MIN = 64 * 1024;
/** 64 MiB: a page is the unit one request writes atomically and one owner holds. */
export const PAGE_SIZE_BYTES_MAX = 64 * 1024 * 1024;
/**
 * 1 PiB: the largest volume. Offsets stay exact in a double (2^50 < 2^53) with room
 * for offset + length arithmetic, and no member of this design holds more.
 */
export const VOLUME_BYTES_MAX = 2 ** 50;
/** 4096 volumes per group: the whole state is in every snapshot, and listing stays cheap. */
export const VOLUMES_MAX = 4096;
/** Volume names: 1–63 of a-z 0-9 . _ -, starting with a letter or digit; safe in URLs and file names. */
export const VOLUME_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Why a command was refused, as data (the server maps `code` to its API's codes). */
export interface Rejection {
  code: 'invalid_argument' | 'already_exists' | 'not_found' | 'failed_precondition' | 'resource_exhausted';
  message: string;
}

/** Checks a volume name; null when it is valid. */
export function checkVolumeName(name: string): Rejection | null {
  if (VOLUME_NAME_PATTERN.test(name)) return null;
  return { code: 'invalid_argument', message: `volume name "${name}" is not valid: use 1–63 of a-z 0-9 . _ - starting with a letter or digit` };
}

/** Checks a new volume's size and page size; null when both are valid. */
export function checkVolumeShape(sizeBytes: number, pageSizeBytes: number): Rejection | null {
  if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 1 || sizeBytes > VOLUME_BYTES_MAX) {
    return { code: 'invalid_argument', message: `size_bytes ${sizeBytes} must be a whole number from 1 to ${VOLUME_BYTES_MAX} (1 PiB)` };
  }
  const powerOfTwo = Number.isSafeInteger(pageSizeBytes) && pageSizeBytes > 0 && (pageSizeBytes & (pageSizeBytes - 1)) === 0;
  if (!powerOfTwo || pageSizeBytes < PAGE_SIZE_BYTES_MIN || pageSizeBytes > PAGE_SIZE_BYTES_MAX) {
    return {
      code: 'invalid_argument',
      message: `page_size_bytes ${pageSizeBytes} must be a power of two from ${PAGE_SIZE_BYTES_MIN} (64 KiB) to ${PAGE_SIZE_BYTES_MAX} (64 MiB)`,
    };
  }
  return null;
}

/** Pages of a volume: the last one may be partly past the end. */
export function pageCountOf(sizeBytes: number, pageSizeBytes: number): number {
  return Math.ceil(sizeBytes / pageSizeBytes);
}
