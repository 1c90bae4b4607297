import test from 'ava';
import { ShoalClient } from '../../src/client/index.js';
import { runShoalHere } from './cli-capture.js';
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

test.serial('the balancer settings: flags until set, then replicated to every member; decisions and a dry run are shown', async (t) => {
  const before = await group.client('n2').getBalancerConfig({});
  t.false(before.replicated);
  t.true(before.config!.enabled, 'from --balance');
  t.is(before.config!.minGain, 0.02);
  const set = await runShoalHere(['balance', 'config', '--min-gain', '0.05', '--cooldown-ms', '10000', '--endpoint', group.endpoint('n3')]);
  t.is(set.code, 0, set.stderr);
  t.regex(set.stdout, /minGain\s+0\.05/);
  for (const id of ['n1', 'n2', 'n3']) {
    // A follower may apply the change a moment after the leader answered.
    const seen = await eventually(`${id} to apply the settings`, async () => {
      const answer = await group.client(id).getBalancerConfig({});
      return answer.replicated ? answer : undefined;
    }, 10_000);
    t.is(seen.config!.minGain, 0.05);
    t.is(Number(seen.config!.cooldownMs), 10000);
    t.true(seen.config!.enabled, 'unchanged fields keep their values');
  }
  const bad = await runShoalHere(['balance', 'config', '--min-gain', '5', '--endpoint', group.endpoint('n1')]);
  t.is(bad.code, 1);
  t.regex(bad.stderr, /invalid_argument: config\.minGain must be a number from 0 to 0\.99/);
  const badPlacement = await runShoalHere(['balance', 'config', '--placement', 'random', '--endpoint', group.endpoint('n1')]);
  t.regex(badPlacement.stderr, /placement must be one of none, round-robin, least-loaded/);
  const decisions = await runShoalHere(['balance', 'decisions', '--endpoint', group.endpoint('n1')]);
  t.is(decisions.code, 0, decisions.stderr);
  t.regex(decisions.stdout, /round @\d+: /);
  const dry = await runShoalHere(['balance', '--dry-run', '--endpoint', group.endpoint('n2')]);
  t.is(dry.code, 0, dry.stderr);
  t.regex(dry.stdout, /utilization: n1 \d+%, n2 \d+%, n3 \d+%/);
});
