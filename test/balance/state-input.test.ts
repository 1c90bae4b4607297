import test from 'ava';
import { plan, planInputFromLoads } from '../../src/balance/index.js';
import type { AppliedLoad } from '../../src/cluster/index.js';

const applied = (memberId: string, utilization: number, connections: AppliedLoad['load']['connections'], otherWork = 0): AppliedLoad => ({
  appliedIndex: 1,
  load: { memberId, takenAtMs: 1000, intervalMs: 1000, capacity: 1, utilization, background: 0.05, requestsPerSecond: 0, bytesPerSecond: 0, connections, otherConnections: otherWork > 0 ? 3 : 0, otherWork },
});

test('the plan input from replicated loads: members, connections, other work as background, pages renormalized', (t) => {
  const input = planInputFromLoads(
    [
      applied('n2', 0.1, []),
      applied('n1', 0.9, [
        { id: 'n1-2', work: 0.3, pages: { n1: 0.5, n9: 0.5 } },
        { id: 'n1-1', work: 0.2, pages: {} },
      ], 0.1),
    ],
    5000,
    {},
  );
  t.deepEqual(input.members.map((m) => [m.id, m.background]), [['n1', 0.15000000000000002], ['n2', 0.05]]);
  t.deepEqual(input.connections.map((c) => [c.id, c.member, c.pages]), [
    ['n1-1', 'n1', { n1: 1 }],
    ['n1-2', 'n1', { n1: 1 }],
  ]);
  t.is(input.now, 5000);
  const output = plan(input);
  t.true(output.moves.length > 0, 'n1 is overloaded and n2 idle: something moves');
  t.true(output.moves.every((m) => m.from === 'n1' && m.to === 'n2'));
});
