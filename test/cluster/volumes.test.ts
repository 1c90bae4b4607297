import test from 'ava';
import fc from 'fast-check';
import {
  ClusterState,
  PageMap,
  RECENT_MOVE_KEPT_MS,
  RECENT_MOVES_MAX,
  RecentMoves,
  VOLUME_BYTES_MAX,
  decodeClusterSnapshot,
  encodeClusterSnapshot,
  encodeCommand,
  encodeMemberInfo,
  routeRange,
  sha256Hex,
  spreadPages,
  type Command,
  type Effect,
  type LoadSnapshot,
} from '../../src/cluster/index.js';
import { ConfChangeType, EntryType, encodeConfChange, type Entry } from '../../src/raft/index.js';

const MiB = 1024 * 1024;

function voterEntry(index: number, id: string, learner = false): Entry {
  const type = learner ? ConfChangeType.AddLearnerNode : ConfChangeType.AddNode;
  const context = encodeMemberInfo({ id, clientUrl: `http://127.0.0.1:700${index}`, peerAddress: `127.0.0.1:710${index}` });
  return { term: 1, index, type: EntryType.ConfChange, data: encodeConfChange({ type, nodeId: id, context }) };
}

function commandEntry(index: number, body: Omit<Command, 'requestId'>): Entry {
  return { term: 1, index, type: EntryType.Normal, data: encodeCommand({ requestId: `r${index}`, ...body }) };
}

/** A state with voters n1..n3 at indexes 1..3 (and optionally a learner n4 at 4). */
function groupState(withLearner = false): ClusterState {
  const state = new ClusterState();
  state.apply(voterEntry(1, 'n1'));
  state.apply(voterEntry(2, 'n2'));
  state.apply(voterEntry(3, 'n3'));
  if (withLearner) state.apply(voterEntry(4, 'n4', true));
  return state;
}

function applied(effects: Effect[]): Extract<Effect, { kind: 'command-applied' }> {
  const effect = effects.find((e) => e.kind === 'command-applied');
  if (!effect || effect.kind !== 'command-applied') throw new Error('no command-applied effect');
  return effect;
}

test('a new volume spreads its pages round robin over the voters, not the learners', (t) => {
  const state = groupState(true);
  const effects = state.apply(commandEntry(5, { createVolume: { name: 'v', sizeBytes: 10 * MiB, pageSizeBytes: MiB } }));
  t.is(applied(effects).rejection, null);
  const volume = state.volumes.get('v')!;
  t.is(volume.id, 5);
  t.is(volume.pageMap.pageCount, 10);
  const owners = Array.from({ length: 10 }, (_, p) => volume.pageMap.owner(p));
  t.deepEqual([...new Set(owners)].sort(), ['n1', 'n2', 'n3'], 'every voter owns pages; the learner none');
  for (let p = 0; p + 1 < 10; p++) t.not(owners[p], owners[p + 1], 'consecutive pages belong to different members');
  t.deepEqual(volume.pageMap.pagesPerOwner().map((o) => o.pages).sort(), [3, 3, 4]);
  t.is(volume.pageMap.runs.length, 1, 'a fresh volume is one run, however many pages');
});

test('volumes created at different indexes start on different members', (t) => {
  const state = groupState();
  state.apply(commandEntry(4, { createVolume: { name: 'a', sizeBytes: MiB, pageSizeBytes: 64 * 1024 } }));
  state.apply(commandEntry(5, { createVolume: { name: 'b', sizeBytes: MiB, pageSizeBytes: 64 * 1024 } }));
  t.not(state.volumes.get('a')!.pageMap.owner(0), state.volumes.get('b')!.pageMap.owner(0));
});

test('bad and conflicting volume commands are rejected alike on every member and change nothing', (t) => {
  const state = groupState();
  const cases: Array<[Omit<Command, 'requestId'>, string]> = [
    [{ createVolume: { name: 'Bad Name', sizeBytes: MiB, pageSizeBytes: MiB } }, 'invalid_argument'],
    [{ createVolume: { name: 'v', sizeBytes: 0, pageSizeBytes: MiB } }, 'invalid_argument'],
    [{ createVolume: { name: 'v', sizeBytes: VOLUME_BYTES_MAX + 1, pageSizeBytes: MiB } }, 'invalid_argument'],
    [{ createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: 3 * 64 * 1024 } }, 'invalid_argument'],
    [{ createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: 32 * 1024 } }, 'invalid_argument'],
    [{ createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: 128 * MiB } }, 'invalid_argument'],
    [{ deleteVolume: { name: 'absent' } }, 'not_found'],
  ];
  let index = 4;
  for (const [body, code] of cases) {
    const rejection = applied(state.apply(commandEntry(index++, body))).rejection;
    t.is(rejection?.code as string | undefined, code, JSON.stringify(body));
  }
  t.is(state.volumes.size, 0);
  t.is(applied(state.apply(commandEntry(index++, { createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: MiB } }))).rejection, null);
  t.is(applied(state.apply(commandEntry(index, { createVolume: { name: 'v', sizeBytes: 2 * MiB, pageSizeBytes: MiB } }))).rejection?.code, 'already_exists');
  t.is(state.volumes.get('v')!.sizeBytes, MiB);
});

test('deleting a volume reports it; a volume created again under the name gets a new id', (t) => {
  const state = groupState();
  state.apply(commandEntry(4, { createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: MiB } }));
  const effects = state.apply(commandEntry(5, { deleteVolume: { name: 'v' } }));
  t.like(effects.find((e) => e.kind === 'volume-deleted'), { kind: 'volume-deleted', volume: { id: 4, name: 'v' } });
  t.false(state.volumesById.has(4));
  state.apply(commandEntry(6, { createVolume: { name: 'v', sizeBytes: MiB, pageSizeBytes: MiB } }));
  t.is(state.volumes.get('v')!.id, 6);
});

test('volumes and page maps survive a snapshot round trip', (t) => {
  const state = groupState();
  state.apply(commandEntry(4, { createVolume: { name: 'big', sizeBytes: 2 ** 40, pageSizeBytes: 64 * MiB } }));
  state.apply(commandEntry(5, { createVolume: { name: 'small', sizeBytes: 100_000, pageSizeBytes: 64 * 1024 } }));
  const restored = decodeClusterSnapshot(encodeClusterSnapshot(state));
  t.deepEqual(restored.volumeList().map((v) => [v.id, v.name, v.sizeBytes, v.pageSizeBytes, v.pageMap.runs]), state.volumeList().map((v) => [v.id, v.name, v.sizeBytes, v.pageSizeBytes, v.pageMap.runs]));
  t.is(restored.volumesById.get(5)!.name, 'small');
  t.true(encodeClusterSnapshot(state).byteLength < 512, 'a 1 TiB volume costs a few bytes of snapshot');
});

test('a member that owns pages is reported by volumesOwnedBy', (t) => {
  const state = groupState(true);
  state.apply(commandEntry(5, { createVolume: { name: 'v', sizeBytes: 3 * MiB, pageSizeBytes: MiB } }));
  t.deepEqual(state.volumesOwnedBy('n2'), ['v']);
  t.deepEqual(state.volumesOwnedBy('n4'), []);
});

test('capacity-weighted spreading gives each member pages in proportion, interleaved', (t) => {
  const map = spreadPages(600, [{ id: 'c', capacity: 3 }, { id: 'a', capacity: 1 }, { id: 'b', capacity: 2 }], 0);
  t.deepEqual(map.pagesPerOwner(), [
    { memberId: 'a', pages: 100 },
    { memberId: 'b', pages: 200 },
    { memberId: 'c', pages: 300 },
  ]);
  t.deepEqual(map.runs[0]!.owners, ['c', 'b', 'a', 'c', 'b', 'c'], 'smooth: no member takes long streaks');
});

test('property: exactly one owner per page, and pagesPerOwner agrees with owner()', (t) => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 500 }),
      fc.uniqueArray(fc.constantFrom<string>('n1', 'n2', 'n3', 'n4', 'n5'), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }),
      fc.nat(1000),
      (pages, ids, capacities, rotation) => {
        const map = spreadPages(pages, ids.map((id, i) => ({ id, capacity: capacities[i]! })), rotation);
        const counts = new Map<string, number>();
        for (let p = 0; p < pages; p++) {
          const owner = map.owner(p);
          if (!ids.includes(owner)) return false;
          counts.set(owner, (counts.get(owner) ?? 0) + 1);
        }
        return map.pagesPerOwner().every((o) => counts.get(o.memberId) === o.pages) && [...counts.values()].reduce((a, b) => a + b, 0) === pages;
      },
    ),
    { numRuns: 300 },
  );
  t.pass();
});

test('a page map whose runs do not cover the volume exactly is refused', (t) => {
  t.throws(() => new PageMap([{ firstPage: 0, pageCount: 5, owners: ['n1'] }], 6), { message: /cover 5 of 6/ });
  t.throws(() => new PageMap([{ firstPage: 1, pageCount: 5, owners: ['n1'] }], 6), { message: /starts at 1/ });
  t.throws(() => new PageMap([{ firstPage: 0, pageCount: 6, owners: [] }], 6), { message: /0 owners/ });
});

test('routeRange cuts a request at page boundaries, in order, covering it exactly', (t) => {
  const state = groupState();
  state.apply(commandEntry(4, { createVolume: { name: 'v', sizeBytes: 1_000_000, pageSizeBytes: 64 * 1024 } }));
  const volume = state.volumes.get('v')!;
  fc.assert(
    fc.property(fc.nat(1_000_000), fc.nat(300_000), (offset, rawLength) => {
      const length = Math.min(rawLength, volume.sizeBytes - offset);
      const segments = routeRange(volume, offset, length);
      let covered = 0;
      for (const s of segments) {
        if (s.bufferOffset !== covered || s.length <= 0 || s.offsetInPage + s.length > volume.pageSizeBytes) return false;
        if (s.page * volume.pageSizeBytes + s.offsetInPage !== offset + covered) return false;
        if (s.owner !== volume.pageMap.owner(s.page)) return false;
        covered += s.length;
      }
      return covered === length;
    }),
  );
  t.deepEqual(routeRange(volume, 65_530, 12).map((s) => [s.page, s.offsetInPage, s.length]), [
    [0, 65_530, 6],
    [1, 0, 6],
  ]);
});

test('connection moves are effects for their holders; moves naming non-members or no change are rejected', (t) => {
  const state = groupState();
  const moved = state.apply(commandEntry(4, { moveConnections: { moves: [{ connection: 'n1-7', from: 'n1', to: 'n3' }], reason: 'manual', nowMs: 1000 } }));
  t.is(applied(moved).rejection, null);
  t.like(moved.find((e) => e.kind === 'connections-moved'), { kind: 'connections-moved', index: 4, reason: 'manual', moves: [{ connection: 'n1-7', from: 'n1', to: 'n3' }] });
  const toStranger = state.apply(commandEntry(5, { moveConnections: { moves: [{ connection: 'n1-7', from: 'n1', to: 'n9' }], reason: 'manual', nowMs: 1000 } }));
  t.is(applied(toStranger).rejection?.code, 'failed_precondition');
  t.false(toStranger.some((e) => e.kind === 'connections-moved'));
  const toItself = state.apply(commandEntry(6, { moveConnections: { moves: [{ connection: 'n1-7', from: 'n1', to: 'n1' }], reason: 'manual', nowMs: 1000 } }));
  t.is(applied(toItself).rejection?.code, 'invalid_argument');
  t.deepEqual(state.recentMoves.list(), [{ connection: 'n1-7', from: 'n1', to: 'n3', atMs: 1000, index: 4 }], 'only the committed move is remembered, with its time and index');
  const restored = decodeClusterSnapshot(encodeClusterSnapshot(state));
  t.deepEqual(restored.recentMoves.list(), state.recentMoves.list(), 'recent moves survive a state snapshot');
});

test('recent moves: a connection moved again is the newest; at most RECENT_MOVES_MAX, none older than RECENT_MOVE_KEPT_MS; a removed member\'s are dropped', (t) => {
  const moves = new RecentMoves();
  moves.record([{ connection: 'n1-1', from: 'n1', to: 'n2' }, { connection: 'n1-2', from: 'n1', to: 'n3' }], 1000, 10);
  moves.record([{ connection: 'n1-1', from: 'n2', to: 'n3' }], 2000, 11);
  t.deepEqual(moves.list().map((m) => [m.connection, m.atMs, m.index]), [['n1-2', 1000, 10], ['n1-1', 2000, 11]]);
  moves.record([{ connection: 'n2-1', from: 'n2', to: 'n1' }], 2000 + RECENT_MOVE_KEPT_MS, 12);
  t.deepEqual(moves.list().map((m) => m.connection), ['n1-1', 'n2-1'], 'the move more than RECENT_MOVE_KEPT_MS older than the newest is forgotten');
  const many = Array.from({ length: RECENT_MOVES_MAX + 5 }, (_, i) => ({ connection: `n1-${100 + i}`, from: 'n1', to: 'n2' }));
  moves.record(many, 3000 + RECENT_MOVE_KEPT_MS, 13);
  t.is(moves.list().length, RECENT_MOVES_MAX);
  t.is(moves.list().at(-1)!.connection, `n1-${100 + RECENT_MOVES_MAX + 4}`, 'the newest are kept');
  moves.forgetMember('n2');
  t.deepEqual(moves.list(), []);
});

const load = (memberId: string, takenAtMs: number, overrides: Partial<LoadSnapshot> = {}): LoadSnapshot => ({
  memberId,
  takenAtMs,
  intervalMs: 1000,
  capacity: 1,
  utilization: 0.5,
  background: 0.1,
  requestsPerSecond: 100,
  bytesPerSecond: 409600,
  connections: [{ id: `${memberId}-1`, work: 0.4, pages: { n1: 0.5, n2: 0.5 }, movedFrom: '' }],
  otherConnections: 0,
  otherWork: 0,
  ...overrides,
});

test('load snapshots: the newest per member is kept with its index; bad ones are refused; they survive a state snapshot', (t) => {
  const state = groupState();
  t.is(applied(state.apply(commandEntry(4, { reportLoad: load('n1', 2000) }))).rejection, null);
  t.is(applied(state.apply(commandEntry(5, { reportLoad: load('n1', 1000) }))).rejection, null, 'an older one is ignored, not refused');
  t.is(state.loads.get('n1')!.appliedIndex, 4);
  t.is(applied(state.apply(commandEntry(6, { reportLoad: load('n9', 3000) }))).rejection?.code, 'failed_precondition');
  t.is(applied(state.apply(commandEntry(7, { reportLoad: load('n2', 3000, { utilization: -1 }) }))).rejection?.code, 'invalid_argument');
  t.is(applied(state.apply(commandEntry(8, { reportLoad: load('n2', 3000, { capacity: 0 }) }))).rejection?.code, 'invalid_argument');
  state.apply(commandEntry(9, { reportLoad: load('n3', 3000) }));
  const restored = decodeClusterSnapshot(encodeClusterSnapshot(state));
  t.deepEqual(restored.loadList(), state.loadList());
  t.deepEqual(restored.loadList().map((l) => l.load.memberId), ['n1', 'n3']);
});

test('a balancing round completes when every voter has reported since the last; a plan with moves skips the next round', (t) => {
  const state = groupState();
  const rounds = (effects: Effect[]): number[] => effects.flatMap((e) => (e.kind === 'round-complete' ? [e.index] : []));
  t.deepEqual(rounds(state.apply(commandEntry(4, { reportLoad: load('n1', 1) }))), []);
  t.deepEqual(rounds(state.apply(commandEntry(5, { reportLoad: load('n2', 1) }))), []);
  t.deepEqual(rounds(state.apply(commandEntry(6, { reportLoad: load('n3', 1) }))), [6], 'the third voter completes the round');
  t.deepEqual(rounds(state.apply(commandEntry(7, { reportLoad: load('n1', 2) }))), [], 'n1 alone does not make a new round');
  state.apply(commandEntry(8, { reportLoad: load('n2', 2) }));
  t.deepEqual(rounds(state.apply(commandEntry(9, { reportLoad: load('n3', 2) }))), [9]);
  const plan = { computedAtIndex: 9, nowMs: 2, moves: [{ connection: 'n1-1', from: 'n1', to: 'n2' }], costBefore: 2, costAfter: 1 };
  const applied = state.apply(commandEntry(10, { balancePlan: plan }));
  t.like(applied.find((e) => e.kind === 'connections-moved'), { moves: plan.moves });
  let completed: number[] = [];
  for (let r = 0; r < 3; r++) {
    for (const [i, id] of ['n1', 'n2', 'n3'].entries()) completed = completed.concat(rounds(state.apply(commandEntry(11 + r * 3 + i, { reportLoad: load(id, 3 + r) }))));
  }
  t.deepEqual(completed, [16, 19], 'one round passes without planning after the plan, the next ones plan');
  t.is(decodeClusterSnapshot(encodeClusterSnapshot(state)).lastRoundIndex, 19);
});

test('a member that stops reporting holds up one round at most, is left out of the plan, and rejoins when it reports again', (t) => {
  const state = groupState();
  const rounds = (effects: Effect[]): number[] => effects.flatMap((e) => (e.kind === 'round-complete' ? [e.index] : []));
  let index = 3;
  const report = (id: string, at: number): number[] => rounds(state.apply(commandEntry(++index, { reportLoad: load(id, at) })));
  report('n1', 1);
  report('n2', 1);
  t.deepEqual(report('n3', 1), [6]);
  // n3 stops. n1 and n2 report on: 2 reports per voter (6) force the next round.
  const forced: number[] = [];
  for (let r = 2; r <= 4; r++) forced.push(...report('n1', r), ...report('n2', r));
  t.deepEqual(forced, [12], 'the sixth report since the round forces one');
  t.false(state.isLive('n3'), 'n3 has not reported since the round before the last');
  t.deepEqual(state.liveLoadList().map((l) => l.load.memberId), ['n1', 'n2'], 'the plan reads the live members only');
  t.deepEqual([...report('n1', 5), ...report('n2', 5)], [14], 'then n1 and n2 alone complete rounds');
  // n3 comes back: live again, and the next round waits for it.
  t.deepEqual(report('n3', 6), []);
  t.true(state.isLive('n3'));
  t.deepEqual([...report('n1', 6), ...report('n2', 6)], [17]);
  t.deepEqual([...report('n1', 7), ...report('n2', 7)], [], 'n3 is expected again');
  t.deepEqual(report('n3', 7), [20]);
  const restored = decodeClusterSnapshot(encodeClusterSnapshot(state));
  t.is(restored.previousRoundIndex, state.previousRoundIndex);
  t.is(restored.reportsSinceRound, state.reportsSinceRound);
});

test('digests: the same entries give the same log and state digests, through a snapshot too; any difference shows', (t) => {
  const entries = [
    commandEntry(4, { createVolume: { name: 'v', sizeBytes: 4 * MiB, pageSizeBytes: MiB } }),
    commandEntry(5, { reportLoad: load('n2', 1000, { connections: [{ id: 'n2-1', work: 0.2, pages: { n3: 0.5, n1: 0.5 }, movedFrom: '' }] }) }),
    commandEntry(6, { moveConnections: { moves: [{ connection: 'n2-1', from: 'n2', to: 'n1' }], reason: 'manual', nowMs: 1000 } }),
  ];
  const a = groupState();
  const b = groupState();
  for (const e of entries) {
    a.apply(e);
    b.apply(e);
  }
  const stateDigest = (s: ClusterState): string => sha256Hex(encodeClusterSnapshot(s));
  t.deepEqual(a.appliedDigest, b.appliedDigest);
  t.is(stateDigest(a), stateDigest(b));
  // b restarts from a snapshot and applies on; a goes on without one.
  const restored = decodeClusterSnapshot(encodeClusterSnapshot(b));
  const next = commandEntry(7, { reportLoad: load('n1', 2000) });
  a.apply(next);
  restored.apply(next);
  t.deepEqual(restored.appliedDigest, a.appliedDigest, 'the chain carries on from the snapshot');
  t.is(stateDigest(restored), stateDigest(a));
  // Another entry at the same index: both digests differ.
  const c = groupState();
  for (const e of entries.slice(0, 2)) c.apply(e);
  c.apply(commandEntry(6, { deleteVolume: { name: 'v' } }));
  const a6 = groupState();
  for (const e of entries) a6.apply(e);
  t.notDeepEqual(c.appliedDigest, a6.appliedDigest);
  t.not(stateDigest(c), stateDigest(a6));
});
