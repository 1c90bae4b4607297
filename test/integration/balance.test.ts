import test from 'ava';
import { ShoalClient } from '../../src/client/index.js';
import { TestGroup } from './group.js';
import { metricValue, parseMetrics } from './metrics.js';
import { eventually } from './poll.js';

/**
 * The balancer end to end on a real group with --balance: six clients that all
 * start on n1 make it the busiest member; the leader plans from the replicated
 * loads, the plan is committed, every member agrees with it, n1 moves connections
 * away with redirects, and every client request succeeds throughout.
 */

const KiB = 1024;
const VOLUME = 'balance';
const CLIENTS = 6;
let group: TestGroup;

test.before(async () => {
  group = await TestGroup.start({ name: 'balance', size: 3, serverArgs: ['--balance', '--load-interval-ms', '300'] });
  await group.client('n1').createVolume({ name: VOLUME, sizeBytes: 16 * 1024 * KiB, pageSizeBytes: 64 * KiB });
});

test.after.always(async () => {
  await group?.close();
});

async function metric(member: string, name: string): Promise<number> {
  const text = await (await fetch(`${group.endpoint(member)}/metrics`)).text();
  return metricValue(parseMetrics(text), name) ?? 0;
}

async function dataConnectionsPerMember(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const id of ['n1', 'n2', 'n3']) {
    const listed = await group.client(id).listConnections({});
    counts[id] = listed.connections.filter((c) => Object.keys(c.bytesByOwner ?? {}).length > 0).length;
  }
  return counts;
}

test.serial('clients piled on n1 are spread by committed plans, with no failed request and no disagreement', async (t) => {
  const clients = Array.from({ length: CLIENTS }, () => new ShoalClient({ members: [group.endpoint('n1')] }));
  let stop = false;
  let failures = 0;
  let operations = 0;
  const loops = clients.map(async (client, i) => {
    while (!stop) {
      try {
        await client.volume(VOLUME).read(((i * 37 + operations) % 250) * 64 * KiB, 64 * KiB);
        operations += 1;
      } catch (err) {
        failures += 1;
        t.log(`client ${i}: ${String(err)}`);
      }
    }
  });
  try {
    const spread = await eventually(
      'connections to be moved off n1',
      async () => {
        const counts = await dataConnectionsPerMember();
        return counts.n1! < CLIENTS && counts.n2! + counts.n3! > 0 ? counts : undefined;
      },
      60_000,
    );
    t.log(`data connections per member after moves: ${JSON.stringify(spread)}, ${operations} reads so far`);
  } finally {
    stop = true;
    await Promise.all(loops);
    await Promise.all(clients.map((c) => c.close()));
  }
  t.is(failures, 0, 'every client request succeeded');
  const proposed = (await Promise.all(['n1', 'n2', 'n3'].map((id) => metric(id, 'shoal_balance_plans_proposed_total')))).reduce((a, b) => a + b, 0);
  t.true(proposed >= 1, 'the leader proposed at least one plan');
  for (const id of ['n1', 'n2', 'n3']) {
    t.is(await metric(id, 'shoal_balance_plan_disagreements_total'), 0, `${id} agreed with every committed plan`);
    t.true((await metric(id, 'shoal_balance_rounds_total')) > 0, `${id} planned rounds`);
  }
  t.true(clients.some((c) => c.currentMember() !== group.endpoint('n1')), 'some client now talks to another member');
});
