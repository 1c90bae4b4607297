/**
 * Routing-table queries: where each byte of a request lives. A request is cut at
 * page boundaries, because a page is what one owner holds and what one request
 * writes atomically. Pure.
 */
import { assert } from '../raft/index.js';
import type { Volume } from './volumes.js';

/** The part of a request that falls in one page, and who owns that page. */
export interface PageSegment {
  page: number;
  owner: string;
  offsetInPage: number;
  length: number;
  /** Where the segment's bytes sit in the request's buffer. */
  bufferOffset: number;
}

/** The segments of [offset, offset + length) of `volume`, in order; none for an empty range. */
export function routeRange(volume: Volume, offset: number, length: number): PageSegment[] {
  assert(Number.isSafeInteger(offset) && Number.isSafeInteger(length) && offset >= 0 && length >= 0, `bad range ${offset}+${length}`);
  assert(offset + length <= volume.sizeBytes, `range ${offset}+${length} past the end of "${volume.name}" (${volume.sizeBytes} bytes)`);
  const segments: PageSegment[] = [];
  const pageSize = volume.pageSizeBytes;
  let position = offset;
  const end = offset + length;
  while (position < end) {
    const page = Math.floor(position / pageSize);
    const offsetInPage = position - page * pageSize;
    const segmentLength = Math.min(pageSize - offsetInPage, end - position);
    segments.push({ page, owner: volume.pageMap.owner(page), offsetInPage, length: segmentLength, bufferOffset: position - offset });
    position += segmentLength;
  }
  return segments;
}
