import test from 'ava';
import { plan, planInputFromLoads } from '../../src/balance/index.js';
import type { AppliedLoad, ConnectionLoad, RecentMove } from '../../src/cluster/index.js';

const applied = (memberId: string, utilization: number, connections: ConnectionLoad[], otherWork = 0, appliedIndex = 1): AppliedLoad => ({
  appliedIndex,
  load: { memberId, takenAtMs: 1000, intervalMs: 1000, capacity: 1, utilization, background: 0.05, requestsPerSecond: 0, bytesPerSecond: 0, connections, otherConnections: otherWork > 0 ? 3 : 0, otherWork },
});
const conn = (id: string, work: number, pages: Record<string, number> = {}, movedFrom = ''): ConnectionLoad => ({ id, work, pages, movedFrom });
const move = (connection: string, from: string, to: string, atMs: number, index: number): RecentMove => ({ connection, from, to, atMs, index });

test('the plan input from replicated loads: members, connections, other work as background, pages renormalized', (t) => {
  const input = planInputFromLoads([applied('n2', 0.1, []), applied('n1', 0.9, [conn('n1-2', 0.3, { n1: 0.5, n9: 0.5 }), conn('n1-1', 0.2)], 0.1)], 5000, {});
  t.deepEqual(input.members.map((m) => [m.id, m.background]), [['n1', 0.15000000000000002], ['n2', 0.05]]);
  t.deepEqual(input.connections.map((c) => [c.id, c.member, c.pages, c.movedAt]), [
    ['n1-1', 'n1', { n1: 1 }, null],
    ['n1-2', 'n1', { n1: 1 }, null],
  ]);
  t.is(input.now, 5000);
  const output = plan(input);
  t.true(output.moves.length > 0, 'n1 is overloaded and n2 idle: something moves');
  t.true(output.moves.every((m) => m.from === 'n1' && m.to === 'n2'));
});

test('cooldown follows the client: the moved connection and the one its client opened in its place both carry the move time', (t) => {
  const input = planInputFromLoads(
    [applied('n1', 0.9, [conn('n1-1', 0.3), conn('n1-2', 0.3)], 0, 20), applied('n2', 0.3, [conn('n2-5', 0.3, {}, 'n1-9')], 0, 20)],
    5000,
    {},
    [move('n1-9', 'n1', 'n2', 4000, 10), move('n1-2', 'n1', 'n3', 4500, 15)],
  );
  t.deepEqual(input.connections.map((c) => [c.id, c.member, c.movedAt]), [
    ['n1-1', 'n1', null],
    ['n1-2', 'n1', 4500],
    ['n2-5', 'n2', 4000],
  ]);
});

test('stale loads: a connection reported before its move counts as moved; one whose replacement is reported is left out', (t) => {
  const loads = [applied('n1', 0.9, [conn('n1-1', 0.3), conn('n1-2', 0.3)], 0, 10), applied('n2', 0.2, [conn('n2-5', 0.3, {}, 'n1-2')], 0, 12), applied('n3', 0.1, [], 0, 12)];
  const input = planInputFromLoads(loads, 5000, {}, [move('n1-1', 'n1', 'n3', 4000, 11), move('n1-2', 'n1', 'n2', 4000, 11)]);
  t.deepEqual(input.connections.map((c) => [c.id, c.member, c.pages, c.movedAt]), [
    ['n1-1', 'n3', { n1: 1 }, 4000],
    ['n2-5', 'n2', { n2: 1 }, 4000],
  ]);
  const fresh = planInputFromLoads([applied('n1', 0.9, [conn('n1-1', 0.3)], 0, 12), applied('n3', 0.1, [], 0, 12)], 5000, {}, [move('n1-1', 'n1', 'n3', 4000, 11)]);
  t.deepEqual(fresh.connections.map((c) => [c.id, c.member]), [['n1-1', 'n1']], 'a snapshot newer than the move shows where the connection really is');
});

test('a plan leaves connections in cooldown alone, by the move time carried through a reconnect', (t) => {
  const config = { cooldownMs: 30_000, minGain: 0, overloadRatio: 0, utilizationFloor: 0 };
  const loads = [applied('n1', 0.2, [], 0, 20), applied('n2', 0.9, [conn('n2-5', 0.4, {}, 'n1-9'), conn('n2-6', 0.4, {}, 'n1-8')], 0, 20)];
  const recent = [move('n1-9', 'n1', 'n2', 10_000, 10), move('n1-8', 'n1', 'n2', 10_000, 10)];
  const within = plan(planInputFromLoads(loads, 10_000 + 29_000, config, recent));
  t.deepEqual(within.moves, [], 'both moved 29 s ago: nothing moves');
  t.true(within.reasons.some((r) => r.includes('cooldown')), within.reasons.join('; '));
  const after = plan(planInputFromLoads(loads, 10_000 + 31_000, config, recent));
  t.true(after.moves.length > 0, 'after the cooldown they may move again');
});
