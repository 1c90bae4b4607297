/**
 * Feature tests for the parts of the core beyond the paper's §5 (RAFT.md,
 * "Features"): flow control, batching, fast backtracking, snapshots, learners and
 * configuration validation. Each test is arranged as set-up / act / check.
 */
import test from 'ava';
import {
  type Config,
  MemoryStorage,
  MessageType,
  ProgressState,
  ProposalDroppedError,
  RawNode,
  SeededRandom,
  StateType,
  entrySizeBytes,
} from '../../src/raft/index.js';
import { addLearner, addNode, compact, group, isAppendWithEntries, logTerms, text } from './paper-helpers.js';

const THREE = ['1', '2', '3'];

// ---- flow control ----

test('flow control: with maxInflightMsgs = 2 the leader never has more than 2 unacknowledged appends to a follower', (t) => {
  // Set-up: 1 leads; 3's acknowledgements are held back (3 still receives everything).
  const net = group(THREE, { config: { maxInflightMsgs: 2 } });
  net.elect('1');
  const acks = net.hold((m) => m.type === MessageType.AppResp && m.from === '3');
  const start = net.sent.length;

  // Act: ten proposals, one at a time.
  let inflightMax = 0;
  for (let i = 0; i < 10; i++) {
    net.propose('1', `p${i}`);
    inflightMax = Math.max(inflightMax, net.get('1').node.status().progress['3']!.inflightMsgs);
  }

  // Check: exactly two entry-carrying appends went to 3; 2 (acknowledging) got all ten.
  const to = (id: string) => net.sent.slice(start).filter((m) => m.to === id && isAppendWithEntries(m)).length;
  t.is(to('3'), 2);
  t.is(to('2'), 10);
  t.is(inflightMax, 2);

  // Act and check: the acknowledgements arrive; the window reopens and 3 gets the rest in one append.
  net.release(acks);
  net.stabilize();
  t.is(net.appliedText('3').length, 10);
  t.is(to('3'), 3);
});

test('flow control: in-flight bytes to a follower stay within maxInflightBytes (plus at most one message)', (t) => {
  // Set-up: appends of at most 100 bytes, at most 200 bytes in flight; 3's acknowledgements held.
  const limits = { maxSizePerMsgBytes: 100, maxInflightBytes: 200 };
  const net = group(THREE, { config: limits });
  net.elect('1');
  const acks = net.hold((m) => m.type === MessageType.AppResp && m.from === '3');

  // Act: ten 50-byte proposals (66 bytes each as counted, so one per append).
  let inflightBytesMax = 0;
  for (let i = 0; i < 10; i++) {
    net.get('1').node.propose(new Uint8Array(50).fill(i));
    net.stabilize();
    inflightBytesMax = Math.max(inflightBytesMax, net.get('1').node.status().progress['3']!.inflightBytes);
  }

  // Check: the byte window closed the pipe (the leader stops once the bound is reached).
  t.true(inflightBytesMax >= limits.maxInflightBytes);
  t.true(inflightBytesMax < limits.maxInflightBytes + limits.maxSizePerMsgBytes, `in flight: ${inflightBytesMax}`);
  net.release(acks);
  net.stabilize();
  t.is(net.get('3').applied.filter((e) => e.data.length === 50).length, 10);
});

test('flow control (etcd 14633, testdata/replicate_pause.txt): a follower whose in-flight appends were all lost still catches up after a heartbeat', (t) => {
  // Set-up: 1 leads with maxInflightMsgs = 2; both appends to 3 are lost, so the window is full
  // and no acknowledgement will ever free it.
  const net = group(THREE, { config: { maxInflightMsgs: 2 } });
  net.elect('1');
  net.drop((m) => m.to === '3' && m.type === MessageType.App);
  for (let i = 0; i < 4; i++) net.propose('1', `p${i}`);
  t.is(net.get('1').node.status().progress['3']!.inflightMsgs, 2);

  // Act: the network is fine again; heartbeats go back and forth.
  net.heal();
  const caughtUp = () => net.appliedText('3').length === 4;
  let ticks = 0;
  while (!caughtUp() && ticks < 50) {
    net.tickAndSettle();
    ticks++;
  }

  // Check: a heartbeat response must let the leader send 3 an (empty) append despite the full
  // window; its rejection resets the window and 3 catches up within a few heartbeats.
  t.true(caughtUp(), `3 applied ${net.appliedText('3').length} of 4 after ${ticks} ticks`);
});

test('flow control: with a small maxSizePerMsgBytes each append stays within the bound (an oversized entry goes alone)', (t) => {
  // Set-up: appends of at most 64 bytes.
  const limit = 64;
  const net = group(THREE, { config: { maxSizePerMsgBytes: limit } });
  net.elect('1');
  const start = net.sent.length;

  // Act: ten 10-byte entries in one batch (26 bytes each as counted), then one 200-byte entry.
  net.get('1').node.proposeBatch(Array.from({ length: 10 }, (_, i) => new Uint8Array(10).fill(i)));
  net.get('1').node.propose(new Uint8Array(200));
  net.stabilize();

  // Check: every append is within the bound or carries exactly one entry; some carry several.
  const appends = net.sent.slice(start).filter(isAppendWithEntries);
  for (const m of appends) {
    const sizeBytes = m.entries.reduce((sum, e) => sum + entrySizeBytes(e), 0);
    t.true(m.entries.length === 1 || sizeBytes <= limit, `append of ${m.entries.length} entries, ${sizeBytes} bytes`);
  }
  t.true(appends.some((m) => m.entries.length > 1));
  t.true(appends.some((m) => m.entries.length === 1 && entrySizeBytes(m.entries[0]!) > limit));
  for (const id of ['2', '3']) t.is(net.get(id).node.status().lastIndex, net.get('1').node.status().lastIndex);
});

test('flow control: proposals beyond maxUncommittedEntriesBytes are dropped, and accepted again once entries commit', (t) => {
  // Set-up: at most 100 uncommitted payload bytes; appends are lost so nothing commits.
  const net = group(THREE, { config: { maxUncommittedEntriesBytes: 100 } });
  net.elect('1');
  const leader = net.get('1').node;
  net.drop((m) => m.type === MessageType.App);

  // Act: 60 bytes, then 60 more (over the bound), then 40 (exactly at the bound).
  leader.propose(new Uint8Array(60));
  const error = t.throws(() => leader.propose(new Uint8Array(60)), { instanceOf: ProposalDroppedError });
  t.notThrows(() => leader.propose(new Uint8Array(40)));
  t.throws(() => leader.propose(new Uint8Array(1)), { instanceOf: ProposalDroppedError });
  net.stabilize();

  // Check: the refusal carries the stable code.
  t.is(error?.code, 'RAFT_PROPOSAL_DROPPED');

  // Act: the network heals and the uncommitted entries commit.
  net.heal();
  net.tickUntil(() => leader.status().applied === leader.status().lastIndex, 10);

  // Check: there is room again.
  t.notThrows(() => leader.propose(new Uint8Array(60)));
});

// ---- batching ----

test('batching: proposeBatch of 100 entries is one fsync on the leader and few appends per follower', (t) => {
  // Set-up: 1 leads three.
  const net = group(THREE);
  net.elect('1');
  const start = net.sent.length;

  // Act: one batch of 100 proposals.
  net.get('1').node.proposeBatch(Array.from({ length: 100 }, (_, i) => text(`cmd-${i}`)));
  const first = net.processReady('1');
  net.stabilize();

  // Check: one Ready holds all 100 entries; each follower got at most two appends (the entries,
  // then the new commit index); all 100 were applied everywhere.
  t.is(first?.entries.length, 100);
  for (const id of ['2', '3']) {
    const appends = net.sent.slice(start).filter((m) => m.type === MessageType.App && m.to === id).length;
    t.true(appends <= 2, `${appends} appends to ${id}`);
  }
  for (const id of THREE) t.is(net.appliedText(id).length, 100);
});

// ---- fast backtracking ----

test('conflict-term fast backtracking: a follower that diverges over many entries of one term catches up in O(terms) round trips', (t) => {
  // Set-up: 1 leads term 2 and is cut off; it appends 50 entries nobody else gets.
  const net = group(THREE);
  net.elect('1');
  const oldTerm = net.term('1');
  net.isolate('1');
  for (let i = 0; i < 50; i++) net.get('1').node.propose(text(`stale-${i}`));
  net.stabilize();
  // 2 and 3 elect a leader of a later term and commit five entries.
  net.tickUntil(() => net.leaders().some((id) => id !== '1'), 100);
  const leader = net.leaders().find((id) => id !== '1')!;
  t.true(net.term(leader) > oldTerm);
  for (let i = 0; i < 5; i++) net.propose(leader, `new-${i}`);
  const start = net.delivered.length;

  // Act: 1 rejoins.
  net.heal();
  net.tickUntil(() => net.appliedText('1').length === 5, 50);

  // Check: the 50 conflicting entries were skipped in one or two rejections, not fifty.
  const rejections = net.delivered.slice(start).filter((m) => m.type === MessageType.AppResp && m.from === '1' && m.reject);
  t.true(rejections.length <= 2, `${rejections.length} rejections`);
  t.deepEqual(logTerms(net, '1'), logTerms(net, leader));
  t.deepEqual(net.appliedText('1'), ['new-0', 'new-1', 'new-2', 'new-3', 'new-4']);
});

// ---- snapshots ----

test('InstallSnapshot: after compaction a lagging follower gets a snapshot, then normal appends', (t) => {
  // Set-up: 3 misses five entries; then every member compacts its log.
  const net = group(THREE);
  net.elect('1');
  net.isolate('3');
  for (let i = 0; i < 5; i++) net.propose('1', `p${i}`);
  const snapshotIndex = compact(net, '1');
  compact(net, '2');

  // Act: 3 comes back; later, one more proposal.
  net.heal();
  const start = net.delivered.length;
  net.tickUntil(() => net.get('3').node.status().applied === snapshotIndex, 20);
  net.propose('1', 'after');

  // Check: one snapshot, then appends; 3 holds the snapshot and the new entry, and applied the latter.
  const to3 = net.delivered.slice(start).filter((m) => m.to === '3');
  const snapAt = to3.findIndex((m) => m.type === MessageType.Snap);
  t.true(snapAt >= 0);
  t.is(to3.filter((m) => m.type === MessageType.Snap).length, 1);
  t.is(to3[snapAt]!.snapshot?.metadata.index, snapshotIndex);
  t.true(to3.slice(snapAt + 1).some(isAppendWithEntries));
  t.is(net.get('3').storage.firstIndex(), snapshotIndex + 1);
  t.deepEqual(net.appliedText('3'), ['after']);
  t.like(net.get('1').node.status().progress['3'], { state: ProgressState.Replicate });
});

test('InstallSnapshot: a member added after compaction starts from a snapshot', (t) => {
  // Set-up: five entries committed and compacted away on the leader.
  const net = group(THREE);
  net.elect('1');
  for (let i = 0; i < 5; i++) net.propose('1', `p${i}`);
  const snapshotIndex = compact(net, '1');

  // Act: a new, empty member 4 joins as a learner.
  net.add('4', null);
  net.proposeConfChange('1', addLearner('4'));
  net.tickUntil(() => net.get('4').node.status().applied === net.get('1').node.status().applied, 20);
  net.propose('1', 'after');

  // Check: 4 got the snapshot (not the compacted entries), applied the membership change after it, and 'after'.
  t.is(net.count(MessageType.Snap, (m) => m.to === '4'), 1);
  t.is(net.get('4').storage.firstIndex(), snapshotIndex + 1);
  t.deepEqual(net.get('4').node.status().confState, { voters: THREE, learners: ['4'] });
  t.deepEqual(net.appliedText('4'), ['after']);
});

// ---- learners ----

test('learner add → catch up → promote via AddNode: the promoted member is a full voter', (t) => {
  // Set-up: 1 leads three; 'a' is committed.
  const net = group(THREE);
  net.elect('1');
  net.propose('1', 'a');

  // Act: 4 joins as a learner and catches up.
  net.add('4', null);
  net.proposeConfChange('1', addLearner('4'));
  net.tickUntil(() => net.appliedText('4').includes('a'), 20);

  // Check: it is tracked as a learner everywhere.
  t.true(net.get('1').node.status().progress['4']!.isLearner);
  for (const id of [...THREE, '4']) t.deepEqual(net.get(id).node.status().confState.learners, ['4']);

  // Act: it is promoted.
  net.proposeConfChange('1', addNode('4'));

  // Check: it is a voter everywhere, and can take over leadership.
  for (const id of [...THREE, '4']) t.deepEqual(net.get(id).node.status().confState, { voters: ['1', '2', '3', '4'], learners: [] });
  net.get('1').node.transferLeader('4');
  net.stabilize();
  t.is(net.state('4'), StateType.Leader);
  net.propose('4', 'b');
  for (const id of [...THREE, '4']) t.deepEqual(net.appliedText(id), ['a', 'b']);
});

// ---- configuration ----

const invalidConfigs: Array<{ change: Partial<Config>; names: string[] }> = [
  { change: { electionTicks: 1, heartbeatTicks: 1 }, names: ['electionTicks', 'heartbeatTicks'] },
  { change: { electionTicks: 5, heartbeatTicks: 10 }, names: ['electionTicks', 'heartbeatTicks'] },
  { change: { heartbeatTicks: 0 }, names: ['heartbeatTicks'] },
  { change: { electionTicks: 2.5 }, names: ['electionTicks'] },
  { change: { maxInflightMsgs: 0 }, names: ['maxInflightMsgs'] },
  { change: { maxSizePerMsgBytes: -1 }, names: ['maxSizePerMsgBytes'] },
  { change: { maxInflightBytes: 10, maxSizePerMsgBytes: 100 }, names: ['maxInflightBytes', 'maxSizePerMsgBytes'] },
  { change: { maxUncommittedEntriesBytes: 0 }, names: ['maxUncommittedEntriesBytes'] },
  { change: { maxCommittedSizePerReadyBytes: 0 }, names: ['maxCommittedSizePerReadyBytes'] },
  { change: { applied: -1 }, names: ['applied'] },
  { change: { id: '' }, names: ['id'] },
];
for (const { change, names } of invalidConfigs) {
  test(`config validation: ${JSON.stringify(change)} throws a RangeError naming ${names.join(' and ')}`, (t) => {
    // Set-up: an otherwise valid configuration.
    const config: Config = { id: '1', storage: new MemoryStorage(), random: new SeededRandom(1), electionTicks: 10, heartbeatTicks: 1, ...change };

    // Act: start a member with it.
    const error = t.throws(() => new RawNode(config), { instanceOf: RangeError });

    // Check: the message names every field involved.
    for (const name of names) t.regex(error?.message ?? '', new RegExp(`\\b${name}\\b`));
  });
}
