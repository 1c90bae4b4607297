/**
 * The page map (routing table) of one volume: which member owns each page. It is
 * kept as runs of consecutive pages whose owners take turns — page p of a run is
 * owned by `owners[p mod owners.length]` — so a fresh volume of millions of pages
 * is one run, and every member derives the same owner for the same page from the
 * same log. Pure: no IO, no clocks, sorted iteration only.
 */
import { assert } from '../raft/index.js';

/** A run of pages [firstPage, firstPage + pageCount) owned in turn by `owners`. */
export interface PageRun {
  firstPage: number;
  pageCount: number;
  owners: readonly string[];
}

/** A member that can own pages, with its relative capacity (a positive whole number). */
export interface PageOwnerCandidate {
  id: string;
  capacity: number;
}

/**
 * 64: the longest turn pattern of a run. A weighted pattern repeats each member in
 * proportion to its capacity; with whole capacities of a handful of members it is
 * far shorter, and the bound keeps a snapshot's page map small whatever the weights.
 */
export const PAGE_RUN_OWNERS_MAX = 64;

/** The page map of one volume; immutable once built. */
export class PageMap {
  readonly runs: readonly PageRun[];
  readonly pageCount: number;

  constructor(runs: readonly PageRun[], pageCount: number) {
    checkRuns(runs, pageCount);
    this.runs = runs;
    this.pageCount = pageCount;
  }

  /** The member that owns `page`. */
  owner(page: number): string {
    assert(Number.isSafeInteger(page) && page >= 0 && page < this.pageCount, `page ${page} outside 0..${this.pageCount - 1}`);
    const run = this.runs[this.runIndex(page)]!;
    return run.owners[page % run.owners.length]!;
  }

  /** Pages per owner (members with at least one page), sorted by member id. */
  pagesPerOwner(): Array<{ memberId: string; pages: number }> {
    const counts = new Map<string, number>();
    for (const run of this.runs) {
      for (let slot = 0; slot < run.owners.length; slot++) {
        const id = run.owners[slot]!;
        counts.set(id, (counts.get(id) ?? 0) + pagesInSlot(run, slot));
      }
    }
    return [...counts]
      .filter(([, pages]) => pages > 0)
      .sort(([a], [b]) => compareIds(a, b))
      .map(([memberId, pages]) => ({ memberId, pages }));
  }

  /** Whether any page is owned by `memberId`. */
  hasOwner(memberId: string): boolean {
    return this.runs.some((run) => run.owners.some((id, slot) => id === memberId && pagesInSlot(run, slot) > 0));
  }

  private runIndex(page: number): number {
    let low = 0;
    let high = this.runs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.runs[mid]!.firstPage <= page) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

/**
 * The page map of a new volume: one run whose turn pattern is a capacity-weighted
 * round robin over `candidates` (smooth weighted round robin, so a member of
 * capacity 2 owns every other page rather than two in a row), rotated by `rotation`
 * so that page 0 of successive volumes does not always land on the same member.
 */
export function spreadPages(pageCount: number, candidates: readonly PageOwnerCandidate[], rotation: number): PageMap {
  assert(candidates.length > 0, 'a volume needs at least one member to own its pages');
  const pattern = weightedPattern([...candidates].sort((a, b) => compareIds(a.id, b.id)));
  const shift = rotation % pattern.length;
  const owners = [...pattern.slice(shift), ...pattern.slice(0, shift)];
  return new PageMap([{ firstPage: 0, pageCount, owners }], pageCount);
}

/** Smooth weighted round robin (as nginx balances upstreams): deterministic for sorted input. */
function weightedPattern(candidates: readonly PageOwnerCandidate[]): string[] {
  for (const c of candidates) assert(Number.isSafeInteger(c.capacity) && c.capacity > 0, `capacity of ${c.id} must be a positive whole number`);
  const total = candidates.reduce((sum, c) => sum + c.capacity, 0);
  assert(total <= PAGE_RUN_OWNERS_MAX, `capacities add up to ${total}, over PAGE_RUN_OWNERS_MAX ${PAGE_RUN_OWNERS_MAX}`);
  const current = candidates.map(() => 0);
  const pattern: string[] = [];
  for (let turn = 0; turn < total; turn++) {
    let best = 0;
    for (let i = 0; i < candidates.length; i++) {
      current[i]! += candidates[i]!.capacity;
      if (current[i]! > current[best]!) best = i;
    }
    current[best]! -= total;
    pattern.push(candidates[best]!.id);
  }
  return pattern;
}

/** How many pages of `run` fall on turn `slot`. */
function pagesInSlot(run: PageRun, slot: number): number {
  const n = run.owners.length;
  const end = run.firstPage + run.pageCount;
  // Pages p in [firstPage, end) with p mod n == slot.
  const first = run.firstPage + ((slot - (run.firstPage % n) + n) % n);
  return first >= end ? 0 : Math.floor((end - 1 - first) / n) + 1;
}

/** Runs must cover [0, pageCount) exactly, in order, each with owners: exactly one owner per page. */
function checkRuns(runs: readonly PageRun[], pageCount: number): void {
  assert(Number.isSafeInteger(pageCount) && pageCount > 0, `a page map needs at least one page, got ${pageCount}`);
  let next = 0;
  for (const run of runs) {
    assert(run.firstPage === next, `page run starts at ${run.firstPage}, expected ${next}`);
    assert(Number.isSafeInteger(run.pageCount) && run.pageCount > 0, `page run of ${run.pageCount} pages`);
    assert(run.owners.length > 0 && run.owners.length <= PAGE_RUN_OWNERS_MAX, `page run with ${run.owners.length} owners`);
    next += run.pageCount;
  }
  assert(next === pageCount, `page runs cover ${next} of ${pageCount} pages`);
}

/** Bytewise order of ids, the same on every member (never locale-dependent). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
