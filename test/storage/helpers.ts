/**
 * Shared pieces of the storage tests: temporary directories under os.tmpdir(),
 * removed when the test (or the file) ends, and entry fixtures.
 */
import type { ExecutionContext } from 'ava';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Entry } from '../../src/raft/index.js';

/** A fresh directory for one database. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'shoal-storage-'));
}

/** Removes a directory made by makeTempDir, whatever is left in it. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A temporary directory removed when the test `t` ends. */
export function tempDir(t: ExecutionContext): string {
  const dir = makeTempDir();
  t.teardown(() => removeTempDir(dir));
  return dir;
}

/** Entries lo..hi (inclusive) in `term`, each with a few bytes that name it. */
export function entriesIn(lo: number, hi: number, term: number): Entry[] {
  const out: Entry[] = [];
  for (let index = lo; index <= hi; index++) {
    out.push({ index, term, type: 0, data: new Uint8Array([index & 0xff, term & 0xff, (index >> 8) & 0xff]) });
  }
  return out;
}
