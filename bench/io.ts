/**
 * `npm run bench:io`: the data API of a three-process group on loopback (LevelDB,
 * real fsync), 4 KiB requests from 64 concurrent loops over one keep-alive undici
 * Pool to member n1. Reports req/s and p50/p99 for reads of pages n1 owns ("local"),
 * reads of pages the other members own ("forwarded": n1 fetches them over the peer
 * link), and durable writes; next to a baseline measured in the same run (a bare
 * node:http server answering 4 KiB from memory, same Pool, same load generator) and
 * this disk's single-writer fsync rate. Goals: local ≥ 0.6× baseline, forwarded ≥
 * 0.7× local, writes ≥ 5× the fsync rate. Every answer's status is checked and every
 * read's content too, so a wrong figure cannot hide a wrong answer (bench/README.md).
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Pool } from 'undici';
import { shoal } from '../src/proto/gen/shoal.js';
import {
  MEMBER_IDS,
  PHASE_SECONDS,
  adminCall,
  findLeader,
  formatCount,
  formatMs,
  measureFsync,
  measurePhase,
  metricsText,
  spawnBenchScript,
  startGroup,
  stopChildren,
  type PhaseMeasurement,
  FIXED_CONNECTIONS,
} from './common.js';

const admin = shoal.admin.v1;
/** Bytes of every read and write, and the alignment of their offsets. */
const REQUEST_BYTES = 4096;
/** Loops of the load generator, and connections of each Pool (one request per connection at a time). */
const CONCURRENCY = 64;
const POOL_OPTIONS = { connections: CONCURRENCY, pipelining: 1 } as const;
const VOLUME_NAME = 'bench';
const VOLUME_BYTES = 256 * 1024 * 1024;
const PAGE_BYTES = 1024 * 1024;
const BLOCKS_PER_PAGE = PAGE_BYTES / REQUEST_BYTES;
/** Pages the local reads touch (owned by n1), and as many the forwarded reads touch (owned by the others). */
const READ_PAGES = 32;
/** The pre-write sends each read page in pieces of this size... */
const PREWRITE_PIECE_BYTES = 256 * 1024;
/** ...this many at a time. */
const PREWRITE_CONCURRENCY = 8;
/** Every read's header is checked; every this-many-th read is also compared byte for byte. */
const FULL_CHECK_EVERY = 32;
/** Failed answers printed per phase (all are counted). */
const FAILURE_EXAMPLES_MAX = 5;
/** The member every data request goes to. */
const CONNECTED_MEMBER = MEMBER_IDS[0];

/**
 * The content of block `block` of page `page`, the same whenever it is written: an
 * 8-byte header naming the block, then a fill byte that varies with both. A read
 * served from the wrong page or block (a forwarding or routing mix-up) fails the check.
 */
function blockContent(page: number, block: number): Buffer {
  const bytes = Buffer.alloc(REQUEST_BYTES, (page * 7 + block * 13 + 1) & 0xff);
  bytes.writeUInt32BE(page, 0);
  bytes.writeUInt32BE(block, 4);
  return bytes;
}

function dataPath(offset: number, length?: number): string {
  return `/v1/volumes/${VOLUME_NAME}/data?offset=${offset}${length === undefined ? '' : `&length=${length}`}`;
}

/** What one phase's answers looked like: failures (with a few examples) and reads checked. */
class Tally {
  failures = 0;
  readonly examples: string[] = [];
  headersChecked = 0;
  fullyChecked = 0;

  fail(what: string): void {
    this.failures += 1;
    if (this.examples.length < FAILURE_EXAMPLES_MAX) this.examples.push(what);
  }
}

interface Exchange {
  method: 'GET' | 'PUT';
  path: string;
  body?: Buffer;
  expectStatus: number;
  /** The `Shoal-Member` the answer must carry; null for the baseline server. */
  expectMember: string | null;
  /** Checks a 200 answer's bytes; returns what is wrong, or null. */
  check?: (bytes: Buffer) => string | null;
}

/** One request; a wrong status, member, body or a transport error is tallied, never thrown. */
async function exchange(pool: Pool, tally: Tally, x: Exchange): Promise<void> {
  const what = `${x.method} ${x.path}`;
  try {
    const res = await pool.request({ method: x.method, path: x.path, ...(x.body ? { body: x.body } : {}) });
    const bytes = Buffer.from(await res.body.arrayBuffer());
    const member = res.headers['shoal-member'] ?? null;
    if (res.statusCode !== x.expectStatus) tally.fail(`${what}: HTTP ${res.statusCode} ${bytes.subarray(0, 200).toString()}`);
    else if (member !== x.expectMember) tally.fail(`${what}: answered by ${String(member)}, expected ${String(x.expectMember)}`);
    else {
      const wrong = x.check?.(bytes) ?? null;
      if (wrong !== null) tally.fail(`${what}: ${wrong}`);
    }
  } catch (err) {
    tally.fail(`${what}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function randomBlock(pages: readonly number[]): { page: number; block: number; offset: number } {
  const page = pages[Math.floor(Math.random() * pages.length)]!;
  const block = Math.floor(Math.random() * BLOCKS_PER_PAGE);
  return { page, block, offset: page * PAGE_BYTES + block * REQUEST_BYTES };
}

/** A 4 KiB read of a random block of `pages` through n1, checked against blockContent. */
function reader(pool: Pool, pages: readonly number[], tally: Tally): () => Promise<void> {
  let reads = 0;
  return () => {
    const { page, block, offset } = randomBlock(pages);
    const full = ++reads % FULL_CHECK_EVERY === 0;
    const check = (bytes: Buffer): string | null => {
      if (bytes.byteLength !== REQUEST_BYTES) return `${bytes.byteLength} bytes, expected ${REQUEST_BYTES}`;
      tally.headersChecked += 1;
      if (bytes.readUInt32BE(0) !== page || bytes.readUInt32BE(4) !== block) {
        return `holds page ${bytes.readUInt32BE(0)} block ${bytes.readUInt32BE(4)}, expected page ${page} block ${block}`;
      }
      if (!full) return null;
      tally.fullyChecked += 1;
      return bytes.equals(blockContent(page, block)) ? null : 'header right but content differs';
    };
    return exchange(pool, tally, { method: 'GET', path: dataPath(offset, REQUEST_BYTES), expectStatus: 200, expectMember: CONNECTED_MEMBER, check });
  };
}

/** A durable 4 KiB write of a random block of `pages` through n1, of that block's own content. */
function writer(pool: Pool, pages: readonly number[], tally: Tally): () => Promise<void> {
  return () => {
    const { page, block, offset } = randomBlock(pages);
    return exchange(pool, tally, { method: 'PUT', path: dataPath(offset), body: blockContent(page, block), expectStatus: 204, expectMember: CONNECTED_MEMBER });
  };
}

/** A 4 KiB GET of the baseline server, on the same kind of path as a member read. */
function baselineReader(pool: Pool, tally: Tally): () => Promise<void> {
  const check = (bytes: Buffer): string | null => (bytes.byteLength === REQUEST_BYTES ? null : `${bytes.byteLength} bytes, expected ${REQUEST_BYTES}`);
  return () => exchange(pool, tally, { method: 'GET', path: dataPath(randomBlock([0]).offset, REQUEST_BYTES), expectStatus: 200, expectMember: null, check });
}

/** Starts bench/baseline-server.ts and waits for the port it prints. */
async function startBaseline(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawnBenchScript('./baseline-server.ts', ['--bytes', String(REQUEST_BYTES)], ['ignore', 'pipe', 'inherit']);
  const lines = createInterface({ input: child.stdout! });
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`baseline server exited (${String(code)}) before listening`);
  });
  exited.catch(() => undefined); // Once it listens, a later exit is stopChildren's business.
  const [line] = (await Promise.race([once(lines, 'line'), exited])) as [string];
  lines.close();
  return { child, port: (JSON.parse(line) as { port: number }).port };
}

/** Which member owns each page, from GetRoutingTable: page p of a run belongs to owners[p mod owners.length]. */
async function pageOwners(pool: Pool): Promise<string[]> {
  const table = await adminCall(pool, 'GetRoutingTable', admin.GetRoutingTableRequest.encode({ volume: VOLUME_NAME }).finish(), (b) =>
    admin.GetRoutingTableResponse.decode(b),
  );
  const owners: string[] = [];
  for (const run of table.runs) {
    const first = Number(run.firstPage);
    const turn = run.owners ?? [];
    if (first !== owners.length) throw new Error(`routing table: run starts at page ${first}, expected ${owners.length}`);
    for (let p = first; p < first + Number(run.pageCount); p++) owners.push(turn[p % turn.length]!);
  }
  if (owners.length !== VOLUME_BYTES / PAGE_BYTES) throw new Error(`routing table covers ${owners.length} of ${VOLUME_BYTES / PAGE_BYTES} pages`);
  return owners;
}

/** Writes every block of `pages` with its blockContent, in PREWRITE_PIECE_BYTES pieces, so reads hit stored blocks. */
async function prewrite(pool: Pool, pages: readonly number[]): Promise<void> {
  const blocksPerPiece = PREWRITE_PIECE_BYTES / REQUEST_BYTES;
  const pieces = pages.flatMap((page) => Array.from({ length: PAGE_BYTES / PREWRITE_PIECE_BYTES }, (_, i) => ({ page, firstBlock: i * blocksPerPiece })));
  const tally = new Tally();
  let next = 0;
  await Promise.all(
    Array.from({ length: PREWRITE_CONCURRENCY }, async () => {
      while (next < pieces.length) {
        const { page, firstBlock } = pieces[next++]!;
        const body = Buffer.concat(Array.from({ length: blocksPerPiece }, (_, i) => blockContent(page, firstBlock + i)));
        await exchange(pool, tally, { method: 'PUT', path: dataPath(page * PAGE_BYTES + firstBlock * REQUEST_BYTES), body, expectStatus: 204, expectMember: CONNECTED_MEMBER });
      }
    }),
  );
  if (tally.failures > 0) throw new Error(`pre-write: ${tally.failures} of ${pieces.length} pieces failed: ${tally.examples.join('; ')}`);
}

/** Every member's `shoal_data_segments_total`, keyed `op/where`. */
type SegmentCounts = Map<string, number>[];

async function segmentCounts(pools: Pool[]): Promise<SegmentCounts> {
  const texts = await Promise.all(pools.map((p) => metricsText(p)));
  return texts.map((text) => {
    const counts = new Map<string, number>();
    for (const m of text.matchAll(/^shoal_data_segments_total\{([^}]*)\} (\S+)$/gm)) {
      const label = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '?';
      counts.set(`${label('op')}/${label('where')}`, Number(m[2]));
    }
    return counts;
  });
}

/** The segment counters that moved during a phase, per member, e.g. `n1 read/local +41,203`. */
function segmentReport(before: SegmentCounts, after: SegmentCounts): string {
  const moved = MEMBER_IDS.flatMap((id, i) =>
    [...after[i]!].flatMap(([key, value]) => {
      const delta = value - (before[i]!.get(key) ?? 0);
      return delta === 0 ? [] : [`${id} ${key} +${formatCount(delta)}`];
    }),
  );
  return moved.length === 0 ? 'none' : moved.join(', ');
}

interface Phase extends PhaseMeasurement<SegmentCounts> {
  label: string;
  tally: Tally;
  segments: string;
}

interface Setup {
  dataPool: Pool;
  baselinePool: Pool;
  memberPools: Pool[];
  children: ChildProcess[];
  names: string[];
  owners: string[];
}

/** The phases, in order; each is warmed up, then measured (common.ts measurePhase). */
async function runPhases(s: Setup, localPages: number[], forwardedPages: number[]): Promise<Phase[]> {
  const allPages = s.owners.map((_, page) => page);
  const ownPages = allPages.filter((page) => s.owners[page] === CONNECTED_MEMBER);
  const plans: { label: string; load: (tally: Tally) => () => Promise<void> }[] = [
    { label: 'baseline: bare node:http', load: (t) => baselineReader(s.baselinePool, t) },
    { label: 'reads, local', load: (t) => reader(s.dataPool, localPages, t) },
    { label: 'reads, forwarded', load: (t) => reader(s.dataPool, forwardedPages, t) },
    { label: 'writes, all owners', load: (t) => writer(s.dataPool, allPages, t) },
    { label: `writes, ${CONNECTED_MEMBER}'s pages only`, load: (t) => writer(s.dataPool, ownPages, t) },
  ];
  const phases: Phase[] = [];
  for (const plan of plans) {
    const tally = new Tally();
    const probe = (): Promise<SegmentCounts> => segmentCounts(s.memberPools);
    const m = await measurePhase({ concurrency: CONCURRENCY, request: plan.load(tally), children: s.children, names: s.names, unit: 'request', probe });
    phases.push({ ...m, label: plan.label, tally, segments: segmentReport(m.probeBefore, m.probeAfter) });
  }
  return phases;
}

function ratioLine(label: string, ratio: number, goal: number): string {
  return `  ratio ${label.padEnd(38)} ${ratio.toFixed(2).padStart(6)}  (goal ≥ ${goal}: ${ratio >= goal ? 'met' : 'NOT met'})`;
}

function printReport(fsync: { perSecond: number; p50Ms: number }, phases: Phase[], leaderId: string, forwardedOwners: string): void {
  const [baseline, local, forwarded, writes] = phases as [Phase, Phase, Phase, Phase, Phase];
  console.log(
    `io: 3 processes on loopback, LevelDB with fsync, ${REQUEST_BYTES}-byte requests, ${CONCURRENCY} concurrent over one keep-alive undici Pool ` +
      `(pipelining 1) to ${CONNECTED_MEMBER}, ${PHASE_SECONDS} s per phase after ${PHASE_SECONDS / 2} s warm-up, node ${process.version}`,
  );
  console.log(
    `  volume "${VOLUME_NAME}" ${VOLUME_BYTES / 2 ** 20} MiB in ${PAGE_BYTES / 2 ** 20} MiB pages; leader ${leaderId}; ` +
      `reads touch ${READ_PAGES} pre-written pages owned by ${CONNECTED_MEMBER} (local) and ${READ_PAGES} owned by ${forwardedOwners} (forwarded)`,
  );
  console.log(`  baseline: single-writer fdatasync (${REQUEST_BYTES} B)   ${formatCount(fsync.perSecond).padStart(9)}/s   p50 ${formatMs(fsync.p50Ms)}`);
  console.log(`  ${'phase'.padEnd(34)} ${'req/s'.padStart(9)}   ${'p50'.padStart(9)}   ${'p99'.padStart(9)}   ${'requests'.padStart(9)}   failures`);
  for (const p of phases) {
    console.log(`  ${p.label.padEnd(34)} ${formatCount(p.perSecond).padStart(9)}   ${formatMs(p.p50Ms).padStart(9)}   ${formatMs(p.p99Ms).padStart(9)}   ${formatCount(p.count).padStart(9)}   ${p.tally.failures}`);
  }
  console.log('  CPU, cores busy (CPU per request):');
  for (const p of phases) console.log(`    ${p.label}: ${p.cpu}`);
  console.log('  data segments (/metrics shoal_data_segments_total, change during the phase):');
  for (const p of phases) console.log(`    ${p.label}: ${p.segments}`);
  const reads = [local, forwarded];
  const headers = reads.reduce((n, p) => n + p.tally.headersChecked, 0);
  const full = reads.reduce((n, p) => n + p.tally.fullyChecked, 0);
  console.log(`  reads checked: ${formatCount(headers)} by block header, ${formatCount(full)} byte for byte (failures above include any mismatch)`);
  console.log(ratioLine('local reads / baseline', local.perSecond / baseline.perSecond, 0.6));
  console.log(ratioLine('forwarded reads / local reads', forwarded.perSecond / local.perSecond, 0.7));
  console.log(ratioLine('writes (all owners) / fsync rate', writes.perSecond / fsync.perSecond, 5));
}

/** Prints every failed phase's examples; true when any request failed. */
function reportFailures(phases: Phase[]): boolean {
  const failed = phases.filter((p) => p.tally.failures > 0);
  for (const p of failed) {
    console.error(`FAILED: ${p.label}: ${p.tally.failures} failed requests (warm-up included), e.g.:`);
    for (const example of p.tally.examples) console.error(`  ${example}`);
  }
  return failed.length > 0;
}

/**
 * Creates the volume on the leader (a follower forwards only once it has learnt the
 * leader's client URL, which a fresh group may not have yet), fetches the routing
 * table from n1 and picks the pages the reads will touch.
 */
async function prepareVolume(leader: Pool, pool: Pool): Promise<{ owners: string[]; localPages: number[]; forwardedPages: number[] }> {
  const create = admin.CreateVolumeRequest.encode({ name: VOLUME_NAME, sizeBytes: VOLUME_BYTES, pageSizeBytes: PAGE_BYTES }).finish();
  await adminCall(leader, 'CreateVolume', create, (b) => admin.CreateVolumeResponse.decode(b));
  const owners = await pageOwners(pool);
  const pages = owners.map((_, page) => page);
  const localPages = pages.filter((page) => owners[page] === CONNECTED_MEMBER).slice(0, READ_PAGES);
  const forwardedPages = pages.filter((page) => owners[page] !== CONNECTED_MEMBER).slice(0, READ_PAGES);
  if (localPages.length < READ_PAGES || forwardedPages.length < READ_PAGES) {
    throw new Error(`${CONNECTED_MEMBER} owns ${localPages.length} pages and the others ${forwardedPages.length}; need ${READ_PAGES} each`);
  }
  return { owners, localPages, forwardedPages };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shoal-bench-io-'));
  const fsync = measureFsync(dir, REQUEST_BYTES);
  const group = await startGroup(dir, () => FIXED_CONNECTIONS);
  const baseline = await startBaseline();
  const children = [baseline.child, ...group.children];
  const memberPools = group.clientPorts.map((p) => new Pool(`http://127.0.0.1:${p}`, { connections: 2 }));
  const dataPool = new Pool(`http://127.0.0.1:${group.clientPorts[0]}`, POOL_OPTIONS);
  const baselinePool = new Pool(`http://127.0.0.1:${baseline.port}`, POOL_OPTIONS);
  let failed: boolean;
  try {
    const leaderIndex = await findLeader(memberPools);
    const names = ['bench', 'baseline', ...MEMBER_IDS.map((id, i) => `${id}${i === leaderIndex ? ' (leader)' : ''}`)];
    const { owners, localPages, forwardedPages } = await prepareVolume(memberPools[leaderIndex]!, memberPools[0]!);
    await prewrite(dataPool, [...localPages, ...forwardedPages]);
    const phases = await runPhases({ dataPool, baselinePool, memberPools, children, names, owners }, localPages, forwardedPages);
    const forwardedOwners = [...new Set(forwardedPages.map((page) => owners[page]!))].sort().join(', ');
    printReport(fsync, phases, MEMBER_IDS[leaderIndex]!, forwardedOwners);
    failed = reportFailures(phases);
  } finally {
    await Promise.all([dataPool, baselinePool, ...memberPools].map((p) => p.close()));
    await stopChildren(children);
    rmSync(dir, { recursive: true, force: true });
  }
  // A measurement: goals not met still exit 0; a failed request means the figures are not of a working system.
  if (failed) process.exitCode = 1;
}

await main();
