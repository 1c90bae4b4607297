import test from 'ava';
import fc from 'fast-check';
import { DEMAND_FACTOR_MAX, demandFactor, estimateLoad, type LoadMeasurement } from '../../src/balance/index.js';
import { LOAD_CONNECTIONS_MAX } from '../../src/cluster/index.js';

const base: LoadMeasurement = {
  memberId: 'n1',
  takenAtMs: 1000,
  intervalMs: 1000,
  capacity: 2,
  eventLoopUtilization: 0.4,
  ioUtilization: 0,
  peerRequestsServed: 0,
  connections: [],
};

test('with no requests, everything measured is background', (t) => {
  const load = estimateLoad(base, 0.3);
  t.is(load.utilization, 0.4);
  t.is(load.background, 0.8);
  t.deepEqual(load.connections, []);
});

test('IO utilization counts when it is the larger; out-of-range inputs are clamped', (t) => {
  t.is(estimateLoad({ ...base, ioUtilization: 0.9 }, 0.3).utilization, 0.9);
  t.is(estimateLoad({ ...base, eventLoopUtilization: 1.7 }, 0.3).utilization, 1);
  t.is(estimateLoad({ ...base, eventLoopUtilization: Number.NaN }, 0.3).utilization, 0);
});

test('a connection whose pages are remote costs more per request, as the model says', (t) => {
  const load = estimateLoad(
    {
      ...base,
      connections: [
        { id: 'n1-1', requests: 100, bytesByOwner: { n1: 4096 } },
        { id: 'n1-2', requests: 100, bytesByOwner: { n2: 4096 } },
      ],
    },
    0.5,
  );
  const [a, b] = [load.connections.find((c) => c.id === 'n1-1')!, load.connections.find((c) => c.id === 'n1-2')!];
  t.is(a.work, b.work, 'w_k is the work as if local: the same for the same requests');
  t.deepEqual(b.pages, { n2: 1 });
  // f = w·(1 + α(1 − p)): 1× and 1.5×, and together they are all the busy work.
  t.true(Math.abs(a.work * 1 + b.work * 1.5 - 0.8) < 1e-12);
});

test('demand factor: 1 without waiting, 1/(1 − share waited), at most DEMAND_FACTOR_MAX; odd inputs give 1', (t) => {
  t.is(demandFactor(0, 1000), 1);
  t.is(demandFactor(500, 1000), 2);
  t.is(demandFactor(750, 1000), 4);
  t.is(demandFactor(999, 1000), DEMAND_FACTOR_MAX);
  t.is(demandFactor(5000, 1000), DEMAND_FACTOR_MAX, 'pipelined requests can wait more than the interval in sum');
  t.is(demandFactor(Number.NaN, 1000), 1);
  t.is(demandFactor(-5, 1000), 1);
  t.is(demandFactor(100, 0), 1);
});

test('a connection that waited for IO capacity carries the work it was held back from; the others do not', (t) => {
  const saturated: LoadMeasurement = {
    ...base,
    ioUtilization: 1,
    connections: [
      { id: 'n1-1', requests: 100, bytesByOwner: { n1: 4096 }, ioWaitMs: 750 },
      { id: 'n1-2', requests: 100, bytesByOwner: { n1: 4096 } },
    ],
  };
  const load = estimateLoad(saturated, 0.3);
  const [waited, free] = [load.connections.find((c) => c.id === 'n1-1')!, load.connections.find((c) => c.id === 'n1-2')!];
  t.is(load.utilization, 1, 'the measured utilization stays what was measured');
  t.true(Math.abs(free.work - 1) < 1e-12, 'half of u·c = 2');
  t.true(Math.abs(waited.work - 4) < 1e-12, 'four times its share: it waited 3/4 of the interval');
  t.is(load.connections[0]!.id, 'n1-1', 'the heaviest first');
});

test('when IO capacity is what the member used most, pages served for peers are not background: they take none of it', (t) => {
  const measured: LoadMeasurement = { ...base, peerRequestsServed: 100, connections: [{ id: 'n1-1', requests: 100, bytesByOwner: { n1: 4096 } }] };
  const cpuBound = estimateLoad({ ...measured, eventLoopUtilization: 0.8, ioUtilization: 0.5 }, 0.3);
  t.true(Math.abs(cpuBound.background - 0.8) < 1e-12, 'half of u·c = 1.6: the peers cost as much as the client');
  const ioBound = estimateLoad({ ...measured, eventLoopUtilization: 0.5, ioUtilization: 0.8 }, 0.3);
  t.is(ioBound.background, 0);
  t.true(Math.abs(ioBound.connections[0]!.work - 1.6) < 1e-12, 'all of u·c is the client');
});

test("property: the connections' f(k, m) over their demand factors, plus background, add up to u·c; page fractions sum to 1", (t) => {
  const owners = ['n1', 'n2', 'n3'];
  const connection = fc.record({
    requests: fc.nat(1000),
    bytes: fc.array(fc.nat(1 << 20), { minLength: 3, maxLength: 3 }),
    ioWaitMs: fc.oneof(fc.constant(0), fc.nat(3000)),
  });
  fc.assert(
    fc.property(fc.array(connection, { maxLength: 100 }), fc.nat(500), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), (cs, peer, elu, alpha) => {
      const m: LoadMeasurement = {
        ...base,
        eventLoopUtilization: elu,
        peerRequestsServed: peer,
        connections: cs.map((c, i) => ({
          id: `n1-${i}`,
          requests: c.requests,
          ioWaitMs: c.ioWaitMs,
          bytesByOwner: Object.fromEntries(owners.map((o, j) => [o, c.bytes[j]!]).filter(([, b]) => (b as number) > 0)),
        })),
      };
      const load = estimateLoad(m, alpha);
      const waitedById = new Map(m.connections.map((c) => [c.id, c.ioWaitMs ?? 0]));
      let f = 0;
      for (const c of load.connections) {
        const keys = Object.keys(c.pages);
        const local = keys.length === 0 ? 1 : (c.pages.n1 ?? 0);
        const demand = demandFactor(waitedById.get(c.id)!, m.intervalMs);
        if (demand < 1 || demand > DEMAND_FACTOR_MAX) return false;
        f += (c.work / demand) * (1 + alpha * (1 - local));
        if (keys.length > 0 && Math.abs(Object.values(c.pages).reduce((a, b) => a + b, 0) - 1) > 1e-9) return false;
      }
      // Aggregated connections are summed as w, not f: only check the identity when nothing was aggregated.
      if (load.otherConnections > 0) return true;
      return Math.abs(f + load.background - load.utilization * load.capacity) < 1e-9;
    }),
    { numRuns: 300 },
  );
  t.pass();
});

test('only the heaviest connections are kept, by work then id; the rest are summed', (t) => {
  const connections = Array.from({ length: LOAD_CONNECTIONS_MAX + 10 }, (_, i) => ({ id: `n1-${i}`, requests: i + 1, bytesByOwner: { n1: 1 } }));
  const load = estimateLoad({ ...base, connections }, 0.3);
  t.is(load.connections.length, LOAD_CONNECTIONS_MAX);
  t.is(load.otherConnections, 10);
  t.is(load.connections[0]!.id, `n1-${LOAD_CONNECTIONS_MAX + 9}`);
  t.true(load.otherWork > 0);
  const total = load.connections.reduce((s, c) => s + c.work, 0) + load.otherWork + load.background;
  t.true(Math.abs(total - 0.8) < 1e-9);
});
