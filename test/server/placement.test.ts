import test from 'ava';
import { ClusterState, type LoadSnapshot } from '../../src/cluster/index.js';
import { PLACEMENT_MARGIN, Placement } from '../../src/server/placement.js';

function state(utilizations: Record<string, number | null>): ClusterState {
  const s = new ClusterState();
  for (const [id, u] of Object.entries(utilizations)) {
    s.members.set(id, { id, clientUrl: `http://${id}:7000`, peerAddress: `${id}:7100`, learner: false });
    if (u === null) continue;
    const load: LoadSnapshot = { memberId: id, takenAtMs: 1, intervalMs: 1000, capacity: 1, utilization: u, background: 0, requestsPerSecond: 0, bytesPerSecond: 0, connections: [], otherConnections: 0, otherWork: 0 };
    s.loads.set(id, { load, appliedIndex: 1 });
  }
  return s;
}

test('least-loaded sends a new connection to the least busy member, only past the margin', (t) => {
  t.is(new Placement('n1', () => 'least-loaded', () => state({ n1: 0.8, n2: 0.3, n3: 0.5 })).choose(), 'http://n2:7000');
  t.is(new Placement('n1', () => 'least-loaded', () => state({ n1: 0.32, n2: 0.3, n3: 0.5 })).choose(), null, `within ${PLACEMENT_MARGIN}: served here`);
  t.is(new Placement('n2', () => 'least-loaded', () => state({ n1: 0.8, n2: 0.3, n3: 0.5 })).choose(), null, 'the least loaded serves');
  t.is(new Placement('n1', () => 'least-loaded', () => state({ n1: null, n2: 0.1 })).choose(), null, 'no load known for itself yet: served here');
  t.is(new Placement('n1', () => 'least-loaded', () => state({ n1: 0.9, n2: 0.2, n3: 0.2 })).choose(), 'http://n2:7000', 'ties break by id');
});

test('round-robin takes turns over the voters in id order; none always serves; a lone member always serves', (t) => {
  const rr = new Placement('n2', () => 'round-robin', () => state({ n3: null, n1: null, n2: null }));
  t.deepEqual([rr.choose(), rr.choose(), rr.choose(), rr.choose()], ['http://n1:7000', null, 'http://n3:7000', 'http://n1:7000']);
  t.is(new Placement('n1', () => 'none', () => state({ n1: 0.9, n2: 0.1 })).choose(), null);
  t.is(new Placement('n1', () => 'round-robin', () => state({ n1: null })).choose(), null);
});
