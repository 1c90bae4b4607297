/**
 * What the crash writer writes, as pure functions of the index, so the test can
 * check what survived a SIGKILL without talking to the writer: entry i's term, its
 * data, and the hard state saved together with the entries up to i.
 */
import type { Entry, HardState } from '../../src/raft/index.js';

/** Saves per term: the vote changes every few saves, so a lost vote is noticed. */
const ENTRIES_PER_TERM = 23;
/** Entry payloads vary up to this size so batches are not all alike. */
const DATA_BYTES_MAX = 3_000;

/** The term entry `index` is written in. */
export function termOf(index: number): number {
  return Math.floor((index - 1) / ENTRIES_PER_TERM) + 1;
}

/** Entry `index`: its data is a pattern derived from index and term. */
export function crashEntry(index: number): Entry {
  const term = termOf(index);
  const data = new Uint8Array((index * 7919) % DATA_BYTES_MAX);
  for (let k = 0; k < data.length; k++) data[k] = (index * 31 + k * 17 + term) & 0xff;
  return { index, term, type: 0, data };
}

/** The hard state saved in the same batch as the entries up to `lastIndex`. */
export function crashHardState(lastIndex: number): HardState {
  const term = termOf(lastIndex);
  return { term, vote: `n${(term % 3) + 1}`, commit: lastIndex };
}

/** How many entries the save after `lastIndex` carries (1 to 12). */
export function batchSize(lastIndex: number): number {
  return (lastIndex % 12) + 1;
}
