import test from 'ava';
import { Agent, request } from 'undici';
import { TestGroup } from './group.js';
import { eventually } from './poll.js';

/**
 * `--io-capacity OPS` on a real three-member group: sequential reads of pages the
 * member connected to owns are held to its rate, and its load snapshots (GetLoad)
 * show the IO capacity as used while they run. Only lower bounds on time: a rate
 * limit makes a floor, and a slow machine may take longer.
 */

const KiB = 1024;
const PAGE = 64 * KiB;
const VOLUME = 'io';
const VOLUME_BYTES = 12 * PAGE;
const READ_BYTES = 4 * KiB;
const IO_CAPACITY = 200;
const READS = 400;
/** The limiter lets a tenth of a second of its rate through at once (IO_BURST_SECONDS). */
const BURST_OPS = IO_CAPACITY / 10;
/** (400 − 20) / 200 = 1.9 s is the floor; 1.5 s leaves room for rounding without asserting anything about speed. */
const READS_FLOOR_MS = 1_500;
/** Several load snapshots while the reads run, so one falls wholly inside them. */
const LOAD_INTERVAL_MS = 250;
/** Snapshots reach GetLoad through the Raft log: a few intervals and a commit. */
const LOAD_SEEN_TIMEOUT_MS = 20_000;

let group: TestGroup;
const agent = new Agent({ keepAliveTimeout: 10_000, connections: 1 });

test.before(async () => {
  group = await TestGroup.start({
    name: 'io-capacity',
    size: 3,
    serverArgs: ['--io-capacity', String(IO_CAPACITY), '--load-interval-ms', String(LOAD_INTERVAL_MS)],
  });
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: VOLUME_BYTES, pageSizeBytes: PAGE });
});

test.after.always(async () => {
  await agent.close();
  await group?.close();
});

/** Pages of the volume that `member` owns, from the routing table. */
async function pagesOwnedBy(member: string): Promise<number[]> {
  const table = await group.client('n1').getRoutingTable({ volume: VOLUME });
  const pages: number[] = [];
  for (const run of table.runs) {
    for (let p = Number(run.firstPage); p < Number(run.firstPage) + Number(run.pageCount); p++) {
      if (run.owners![p % run.owners!.length] === member) pages.push(p);
    }
  }
  return pages;
}

async function read(member: string, offset: number): Promise<number> {
  const response = await request(`${group.endpoint(member)}/v1/volumes/${VOLUME}/data?offset=${offset}&length=${READ_BYTES}`, { dispatcher: agent });
  await response.body.arrayBuffer();
  return response.statusCode;
}

async function utilizationOf(member: string): Promise<number> {
  const load = await group.client('n1').getLoad({});
  return load.members.find((m) => m.memberId === member)?.utilization ?? 0;
}

test('reads held to --io-capacity take at least their share of a second, and GetLoad shows the IO capacity used', async (t) => {
  const pages = await pagesOwnedBy('n1');
  t.true(pages.length > 0, 'n1 owns pages of the volume');
  const offsets = pages.flatMap((p) => Array.from({ length: PAGE / READ_BYTES }, (_, i) => p * PAGE + i * READ_BYTES));
  let seen = false;
  let failure: unknown = null;
  // Settles into the flags (never rejects) so a wait that gives up mid-loop is reported after it, not as unhandled.
  const utilizationSeen = eventually(
    `n1's utilization to reach 0.5 under ${IO_CAPACITY} reads per second`,
    async () => (await utilizationOf('n1')) >= 0.5,
    LOAD_SEEN_TIMEOUT_MS,
  ).then(
    () => {
      seen = true;
    },
    (err: unknown) => {
      failure = err;
    },
  );
  // The reads go on past READS until the load is seen (or the wait gives up), so it is seen while they run.
  const started = performance.now();
  let readsMs = 0;
  const notOk: number[] = [];
  for (let i = 0; i < READS || (!seen && failure === null); i++) {
    const status = await read('n1', offsets[i % offsets.length]!);
    if (status !== 200) notOk.push(status);
    if (i === READS - 1) readsMs = performance.now() - started;
  }
  await utilizationSeen;
  if (failure !== null) throw failure;
  t.deepEqual(notOk, [], 'every read answered 200');
  t.true(readsMs >= READS_FLOOR_MS, `${READS} reads took ${readsMs.toFixed(0)} ms; at ${IO_CAPACITY} per second with a burst of ${BURST_OPS}, at least ${READS_FLOOR_MS} ms`);
});

/** Closed-loop clients, each on its own connection, that saturate n1's IO capacity together. */
const SATURATING_CLIENTS = 4;
/**
 * Four clients queued in turn wait for most of each interval (about 3/4), so their
 * work is reported near 4× what was served; 1.5× is the floor asserted, to leave a
 * slow machine's time outside the queue out of it.
 */
const DEMAND_OVER_SERVED_MIN = 1.5;

test.serial('clients queued for IO capacity report the work they were held back from: demand above what was served', async (t) => {
  const pages = await pagesOwnedBy('n1');
  const offsets = pages.map((p) => p * PAGE);
  const agents = Array.from({ length: SATURATING_CLIENTS }, () => new Agent({ keepAliveTimeout: 10_000, connections: 1 }));
  let running = true;
  const statuses: number[] = [];
  const clients = agents.map(async (dispatcher, k) => {
    for (let i = k; running; i++) {
      const url = `${group.endpoint('n1')}/v1/volumes/${VOLUME}/data?offset=${offsets[i % offsets.length]!}&length=${READ_BYTES}`;
      const response = await request(url, { dispatcher });
      await response.body.arrayBuffer();
      if (response.statusCode !== 200) statuses.push(response.statusCode);
    }
  });
  try {
    const seen = await eventually(
      `n1's connections to report more work than n1 served (${DEMAND_OVER_SERVED_MIN}×)`,
      async () => {
        const load = (await group.client('n1').getLoad({})).members.find((m) => m.memberId === 'n1');
        if (!load || (load.connections ?? []).length < SATURATING_CLIENTS) return undefined;
        const served = (load.utilization ?? 0) * (load.capacity ?? 1) - (load.background ?? 0);
        const reported = (load.connections ?? []).reduce((sum, c) => sum + (c.work ?? 0), 0) + (load.otherWork ?? 0);
        return served > 0 && reported >= DEMAND_OVER_SERVED_MIN * served ? { served, reported, utilization: load.utilization } : undefined;
      },
      LOAD_SEEN_TIMEOUT_MS,
    );
    t.log(`n1 served ${seen.served.toFixed(2)} (u ${seen.utilization}), its connections report ${seen.reported.toFixed(2)}`);
  } finally {
    running = false;
    await Promise.all(clients);
    await Promise.all(agents.map((a) => a.close()));
  }
  t.deepEqual(statuses, [], 'every read answered 200');
});
