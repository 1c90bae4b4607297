/**
 * Regression tests for the known traps of production Raft implementations
 * (RAFT.md item 5), each named after the trap and the issue that found it.
 * Pre-vote and check-quorum are on (the defaults) unless a test says otherwise.
 * Liveness is stated as a bound in ticks, never in wall-clock time.
 */
import test from 'ava';
import { MessageType, ProgressState, ProposalDroppedError, StateType } from '../../src/raft/index.js';
import { PaperNetwork, compact, group, isAppendWithEntries, logTerms, removeNode, text } from './paper-helpers.js';

const THREE = ['1', '2', '3'];
/** electionTicks is 10, so an election timeout is at most 20 ticks; liveness bounds are a few of them. */
const LIVENESS_TICKS = 100;

/** Proposes on the current leader and ticks until every member in `ids` applied it; returns the ticks. */
function commitsWithin(net: PaperNetwork, ids: string[], command: string, maxTicks: number): number {
  let ticks = net.tickUntil(() => net.leader() !== null, maxTicks);
  net.propose(net.leader()!, command);
  ticks += net.tickUntil(() => ids.every((id) => net.appliedText(id).includes(command)), maxTicks - ticks);
  return ticks;
}

test('pre-vote + check-quorum liveness (etcd PR 8334, raft-rs PR 84): a member that raised its term while partitioned rejoins and the group elects and commits again', (t) => {
  // Set-up: 1 leads. Member 3 is cut off right after 1 began a transfer to it: the
  // TimeoutNow arrives, 3 campaigns without pre-vote at term+1, its requests are lost.
  const net = group(THREE);
  net.elect('1');
  const term = net.term('1');
  net.isolate('3');
  net.inject({ type: MessageType.TimeoutNow, from: '1', to: '3', term });
  t.is(net.term('3'), term + 1);
  net.propose('1', 'while-3-away');
  net.tickAndSettle(50);
  t.is(net.term('1'), term, 'the majority kept its leader and term meanwhile');

  // Act: the partition heals; 3 has the higher term but a stale log.
  net.heal();
  const ticks = commitsWithin(net, THREE, 'after-heal', LIVENESS_TICKS);

  // Check: a leader of at least 3's term was elected, it is not 3 (stale log), and everyone applied both.
  t.true(ticks <= LIVENESS_TICKS);
  const leader = net.leader()!;
  t.not(leader, '3');
  t.true(net.term(leader) >= term + 1);
  for (const id of THREE) t.deepEqual(net.appliedText(id), ['while-3-away', 'after-heal']);
});

test('pre-vote + check-quorum (etcd TestPreVoteWithCheckQuorum): after the leader is lost, a pre-candidate forgets it so the other member can win', (t) => {
  // Set-up: 1 leads and is cut off; 2 and 3 still believe in it (their leases are fresh).
  const net = group(THREE);
  net.elect('1');
  net.isolate('1');

  // Act: 3 campaigns (2 ignores it: its lease holds), then 2 campaigns.
  net.elect('3');
  const threeAfterOwnCampaign = net.state('3');
  net.elect('2');

  // Check: 3 became a pre-candidate and so no longer honours 1's lease; it granted 2, which won.
  t.is(threeAfterOwnCampaign, StateType.PreCandidate);
  t.is(net.state('2'), StateType.Leader);
  net.propose('2', 'x');
  t.deepEqual(net.appliedText('3'), ['x']);
});

test('check-quorum without pre-vote (etcd TestFreeStuckCandidateWithCheckQuorum): a candidate that raised its term many times is freed when it rejoins', (t) => {
  // Set-up: no pre-vote; 3 is cut off and keeps campaigning, raising its term each time.
  const net = group(THREE, { preVote: false });
  net.elect('1');
  net.isolate('3');
  net.propose('1', 'a');
  net.tickAndSettle(100);
  t.true(net.term('3') > net.term('1') + 2);

  // Act: it rejoins.
  net.heal();
  const ticks = commitsWithin(net, THREE, 'b', LIVENESS_TICKS);

  // Check: the group converged on one term and a leader with the full log, within the bound.
  t.true(ticks <= LIVENESS_TICKS);
  t.not(net.leader(), '3');
  for (const id of THREE) t.deepEqual(net.appliedText(id), ['a', 'b']);
});

const partialCuts: Array<[string, (net: PaperNetwork) => void]> = [
  ['the link between leader and one follower is cut', (net) => net.partition(['1'], ['3'])],
  ['the leader cannot reach one follower, which can still reach it', (net) => net.drop((m) => m.from === '1' && m.to === '3')],
];
for (const [name, cut] of partialCuts) {
  test(`partial partition (Cloudflare 2020): ${name}; the member does not churn terms and the group keeps committing`, (t) => {
    // Set-up: 1 leads three; then a partial failure.
    const net = group(THREE);
    net.elect('1');
    const term = net.term('1');
    cut(net);

    // Act: time passes with proposals every election timeout.
    const terms = new Set<number>();
    for (let i = 0; i < 10; i++) {
      net.propose('1', `p${i}`);
      net.tickAndSettle(20);
      for (const id of THREE) terms.add(net.term(id));
    }

    // Check: no member ever changed term; 1 still leads; every proposal committed on 1 and 2.
    t.deepEqual([...terms], [term]);
    t.deepEqual(net.leaders(), ['1']);
    t.is(net.appliedText('2').length, 10);

    // Act and check: once the network is whole, 3 catches up within the bound.
    net.heal();
    net.tickUntil(() => net.appliedText('3').length === 10, LIVENESS_TICKS);
    t.deepEqual(net.leaders(), ['1']);
  });
}

test('a removed member that keeps campaigning does not disrupt the group (its pre-votes are ignored)', (t) => {
  // Set-up: 3 is removed while cut off, so it never learns it was removed.
  const net = group(THREE);
  net.elect('1');
  net.isolate('3');
  net.proposeConfChange('1', removeNode('3'));
  const term = net.term('1');
  net.heal();

  // Act: a long time passes; 3 hears nothing and campaigns again and again.
  for (let i = 0; i < 5; i++) {
    net.tickAndSettle(20);
    net.propose('1', `p${i}`);
  }

  // Check: 3 did campaign, nobody granted it anything, and the leader's term never moved.
  t.true(net.count(MessageType.PreVote, (m) => m.from === '3') > 0);
  t.is(net.count(MessageType.PreVoteResp, (m) => m.to === '3' && !m.reject), 0);
  t.is(net.count(MessageType.VoteResp, (m) => m.to === '3' && !m.reject), 0);
  t.deepEqual(net.leaders(), ['1']);
  t.is(net.term('1'), term);
  t.is(net.term('2'), term);
  t.deepEqual(net.appliedText('2'), ['p0', 'p1', 'p2', 'p3', 'p4']);
});

test('a rejoining member with a stale log does not depose the leader', (t) => {
  // Set-up: 3 is cut off for several election timeouts while the group commits.
  const net = group(THREE);
  net.elect('1');
  const term = net.term('1');
  net.isolate('3');
  net.propose('1', 'a');
  net.tickAndSettle(60);
  net.propose('1', 'b');

  // Act: it rejoins just as its election timer fires again, then time passes.
  net.heal();
  net.get('3').node.campaign();
  net.stabilize();
  net.tickUntil(() => net.appliedText('3').length === 2, LIVENESS_TICKS);

  // Check: its pre-votes reached the group and were not granted; leader and term are unchanged everywhere.
  t.true(net.count(MessageType.PreVote, (m) => m.from === '3') > 0);
  t.is(net.count(MessageType.PreVoteResp, (m) => m.to === '3' && !m.reject), 0);
  t.deepEqual(net.leaders(), ['1']);
  for (const id of THREE) t.is(net.term(id), term);
});

test('a removed leader steps down and the rest elect a new leader (etcd 11038)', (t) => {
  // Set-up: 1 leads three.
  const net = group(THREE);
  net.elect('1');

  // Act: the leader removes itself; the change commits and applies everywhere.
  net.proposeConfChange('1', removeNode('1'));

  // Check: 1 stepped down, cannot propose nor campaign.
  t.is(net.state('1'), StateType.Follower);
  t.deepEqual(net.get('1').node.status().confState.voters, ['2', '3']);
  t.throws(() => net.get('1').node.propose(text('x')), { instanceOf: ProposalDroppedError });
  net.get('1').node.campaign();
  t.is(net.state('1'), StateType.Follower);

  // Act and check: 2 and 3 elect a leader and commit within the bound.
  const ticks = commitsWithin(net, ['2', '3'], 'after', LIVENESS_TICKS);
  t.true(ticks <= LIVENESS_TICKS);
  t.true(['2', '3'].includes(net.leader()!));
});

/** 1 leads; 3 missed 'b' and 'c'; 1's log is compacted; appends and snapshots to 3 are held. */
function laggingFollowerAfterCompaction(net: PaperNetwork) {
  net.elect('1');
  net.propose('1', 'a');
  net.isolate('3');
  net.propose('1', 'b');
  net.propose('1', 'c');
  net.heal();
  const held = net.hold((m) => m.to === '3' && (isAppendWithEntries(m) || m.type === MessageType.Snap));
  // A heartbeat round makes the leader probe 3 and send it 'b' and 'c' (held back)...
  net.tickUntil(() => held.messages.some((m) => m.type === MessageType.App), 10);
  // ...then the log is compacted, so the next probe can only be answered with a snapshot.
  const snapshotIndex = compact(net, '1');
  const progress3 = () => net.get('1').node.status().progress['3']!;
  net.tickUntil(() => progress3().state === ProgressState.Snapshot, 10);
  return { held, snapshotIndex, progress3 };
}

test('snapshot sent while the follower catches up through appends: the leader resumes appends and ignores the late snapshot', (t) => {
  // Set-up: the leader sent an append and then a snapshot to 3; both are in flight.
  const net = group(THREE);
  const { held, snapshotIndex, progress3 } = laggingFollowerAfterCompaction(net);
  const appends = held.messages.filter((m) => m.type === MessageType.App);
  const snapshots = held.messages.filter((m) => m.type === MessageType.Snap);
  t.true(snapshots.length > 0);

  // Act: the append arrives first (by hand: the hold is still on), and 3 acknowledges it.
  for (const m of appends) net.get('3').node.step(m);
  net.stabilize();

  // Check: the leader left snapshot state for replicate on that acknowledgement.
  t.like(progress3(), { state: ProgressState.Replicate, match: snapshotIndex, next: snapshotIndex + 1 });

  // Act: the stale snapshot lands, the transport reports it delivered, and a new entry is proposed.
  held.active = false;
  for (const m of snapshots) net.get('3').node.step(m);
  net.stabilize();
  net.get('1').node.reportSnapshot('3', true);
  net.propose('1', 'd');

  // Check: progress is consistent and 3 has everything, in order.
  t.like(progress3(), { state: ProgressState.Replicate, match: snapshotIndex + 1, next: snapshotIndex + 2 });
  t.deepEqual(net.appliedText('3'), ['a', 'b', 'c', 'd']);
  t.is(net.get('3').node.status().lastIndex, net.get('1').node.status().lastIndex);
  t.is(logTerms(net, '3').at(-1), logTerms(net, '1').at(-1));
  t.notThrows(() => net.get('1').node.raft.assertInvariants());
});

test('snapshot status reported after the follower was removed is ignored, and replication to the rest goes on', (t) => {
  // Set-up: a snapshot to 3 is in flight (3 is in snapshot state at the leader).
  const net = group(THREE);
  const { held } = laggingFollowerAfterCompaction(net);

  // Act: 3 is removed, then the transport reports on the snapshot, and late, 3 gets it and answers.
  net.proposeConfChange('1', removeNode('3'));
  const leader = net.get('1').node;
  t.notThrows(() => {
    leader.reportSnapshot('3', false);
    leader.reportSnapshot('3', true);
    leader.reportUnreachable('3');
  });
  for (const m of held.messages) net.get('3').node.step(m);
  net.stabilize();
  net.propose('1', 'd');

  // Check: the leader tracks only 1 and 2, replicates to 2, and its invariants hold.
  const status = leader.status();
  t.deepEqual(Object.keys(status.progress).sort(), ['1', '2']);
  t.like(status.progress['2'], { state: ProgressState.Replicate, match: status.lastIndex });
  t.deepEqual(net.appliedText('2'), ['a', 'b', 'c', 'd']);
  t.notThrows(() => net.get('1').node.raft.assertInvariants());
});

test('ReadIndex on a brand-new leader is not answered before it commits an entry of its term (etcd 7331)', (t) => {
  // Set-up: 1 commits 'a', but 2 and 3 never hear the new commit index. (Check-quorum
  // is off only so 2 can be elected on demand; the rule does not depend on it.)
  const net = group(THREE, { checkQuorum: false });
  net.elect('1');
  net.get('1').node.propose(text('a'));
  net.processReady('1');
  net.deliverAll();
  net.processReady('2');
  net.processReady('3');
  net.deliverAll();
  net.processReady('1');
  net.queue = [];
  const aIndex = net.get('1').node.status().commit;
  t.true(net.get('2').node.status().commit < aIndex, 'the new leader will not know "a" is committed');

  // Act: 1 fails; 2 wins, but acknowledgements of its no-op are held; reads arrive at 2 and via 3.
  net.isolate('1');
  const acks = net.hold((m) => m.type === MessageType.AppResp && m.to === '2');
  net.elect('2');
  t.is(net.state('2'), StateType.Leader);
  net.get('2').node.readIndex(text('read-at-leader'));
  net.get('3').node.readIndex(text('read-via-follower'));
  net.stabilize();

  // Check: no read is answered yet (answering at 2's commit index could miss 'a').
  t.deepEqual(net.readStates.get('2') ?? [], []);
  t.deepEqual(net.readStates.get('3') ?? [], []);

  // Act: the no-op commits.
  net.release(acks);
  net.stabilize();

  // Check: both reads are answered at an index that covers the no-op, hence 'a'.
  const reads = [...(net.readStates.get('2') ?? []), ...(net.readStates.get('3') ?? [])];
  t.is(reads.length, 2);
  for (const read of reads) t.true(read.index >= aIndex + 1, `read at ${read.index}`);
});

test('leader transfer to a lagging member: the leader catches it up, then sends TimeoutNow; proposals are refused meanwhile', (t) => {
  // Set-up: 1 leads; 3 missed two entries.
  const net = group(THREE);
  net.elect('1');
  const term = net.term('1');
  net.isolate('3');
  net.propose('1', 'a');
  net.propose('1', 'b');
  net.heal();
  let lastIndexOf3AtTimeoutNow = -1;
  net.filters.push((m) => {
    if (m.type === MessageType.TimeoutNow) lastIndexOf3AtTimeoutNow = net.get('3').node.status().lastIndex;
    return true;
  });

  // Act: transfer to 3, and try to propose while the transfer is under way.
  net.get('1').node.transferLeader('3');
  const error = t.throws(() => net.get('1').node.propose(text('during')), { instanceOf: ProposalDroppedError });
  net.stabilize();

  // Check: refused with the stable code; TimeoutNow went out only once 3 had the leader's whole log; 3 leads.
  t.is(error?.code, 'RAFT_PROPOSAL_DROPPED');
  t.is(lastIndexOf3AtTimeoutNow, net.get('1').node.raft.log.lastIndex() - 1);
  t.is(net.state('3'), StateType.Leader);
  t.is(net.term('3'), term + 1);
  net.propose('3', 'c');
  for (const id of THREE) t.deepEqual(net.appliedText(id), ['a', 'b', 'c']);
});

test('leader transfer that cannot finish within an election timeout is abandoned and proposals are accepted again', (t) => {
  // Set-up: 1 leads; 3 is unreachable.
  const net = group(THREE);
  net.elect('1');
  net.isolate('3');

  // Act: transfer to 3, then an election timeout passes.
  net.get('1').node.transferLeader('3');
  t.is(net.get('1').node.status().leadTransferee, '3');
  net.tickAndSettle(10);

  // Check: the transfer is abandoned; 1 still leads and takes proposals.
  t.is(net.get('1').node.status().leadTransferee, '');
  t.deepEqual(net.leaders(), ['1']);
  net.propose('1', 'x');
  t.deepEqual(net.appliedText('2'), ['x']);
});

test('single-member crash before fsync: only un-acknowledged entries are lost, and nothing unpersisted is applied', (t) => {
  // Set-up: a single-member group with 'a' persisted and applied (acknowledged).
  const net = group(['1']);
  net.elect('1');
  net.propose('1', 'a');
  const node = net.get('1').node;
  const storage = net.get('1').storage;

  // Act: 'b' is proposed; its Ready is taken but the process dies before persisting it.
  node.propose(text('b'));
  const lost = node.ready();
  net.restart('1');

  // Check: the leader counts 'b' toward commit only once it is persisted, so the Ready
  // offered 'b' for persisting only, never for applying.
  const offered = lost.entries.at(-1)!;
  t.true(lost.committedEntries.every((e) => e.index < offered.index));
  // 'b' is gone from storage, the durable commit index is within the durable log, 'a' survives.
  t.true(storage.hardStateValue().commit <= storage.lastIndex());
  t.is(storage.lastIndex(), offered.index - 1);

  // Act: 'c' is persisted (its Ready carried out up to the fsync) but the process dies before applying.
  net.elect('1');
  net.get('1').node.propose(text('c'));
  const rd = net.get('1').node.ready();
  if (rd.hardState) storage.setHardState(rd.hardState);
  storage.append(rd.entries);
  net.restart('1');
  net.elect('1');
  net.propose('1', 'd');

  // Check: the persisted 'c' is applied after the restart; 'b' never was.
  t.deepEqual(net.appliedText('1'), ['a', 'c', 'd']);
});
