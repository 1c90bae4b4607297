/**
 * Conformance with §5.4 (safety), §5.5 (crashes) and §6 (membership, as learners)
 * of the Raft paper, in the spirit of etcd-io/raft's raft_paper_test.go. Each
 * test is arranged as set-up / act / check.
 */
import test from 'ava';
import { MessageType, StateType } from '../../src/raft/index.js';
import { PAPER, addLearner, extendLog, group, logTerms, text } from './paper-helpers.js';

const THREE = ['1', '2', '3'];
const FIVE = ['1', '2', '3', '4', '5'];

// ---- §5.4.1 election restriction ----

// Voter 1's log has terms 1,1,1,2,2: its last entry is index 5, term 2.
const upToDate: Array<{ type: MessageType; logTerm: number; index: number; granted: boolean; why: string }> = [
  { type: MessageType.Vote, logTerm: 1, index: 9, granted: false, why: 'an older last term, however long the log' },
  { type: MessageType.Vote, logTerm: 2, index: 4, granted: false, why: 'the same last term and a shorter log' },
  { type: MessageType.Vote, logTerm: 2, index: 5, granted: true, why: 'the same last term and an equal log' },
  { type: MessageType.Vote, logTerm: 2, index: 6, granted: true, why: 'the same last term and a longer log' },
  { type: MessageType.Vote, logTerm: 3, index: 4, granted: true, why: 'a newer last term, even with a shorter log' },
  { type: MessageType.PreVote, logTerm: 1, index: 9, granted: false, why: 'an older last term (pre-vote)' },
  { type: MessageType.PreVote, logTerm: 2, index: 4, granted: false, why: 'the same last term and a shorter log (pre-vote)' },
  { type: MessageType.PreVote, logTerm: 3, index: 4, granted: true, why: 'a newer last term (pre-vote)' },
];
for (const c of upToDate) {
  test(`§5.4.1 a vote is ${c.granted ? 'granted' : 'denied'} to a candidate with ${c.why}`, (t) => {
    // Set-up: voter 1 with log terms 1,1,1,2,2 at term 2, no vote cast.
    const net = group(THREE, { ...PAPER, preVote: c.type === MessageType.PreVote });
    extendLog(net, '1', [2, 2], 2);

    // Act: candidate 2 asks for term 3.
    net.inject({ type: c.type, from: '2', to: '1', term: 3, index: c.index, logTerm: c.logTerm });
    const reply = net.messagesOf('1').find((m) => m.type === c.type + 1);

    // Check: the vote follows the up-to-date rule.
    t.is(reply?.reject, !c.granted);
  });
}

test('§5.4.1 a member missing a committed entry cannot win; the winner has every committed entry', (t) => {
  // Set-up: member 3 misses two committed entries; then leader 1 fails.
  const net = group(THREE, PAPER);
  net.elect('1');
  net.isolate('3');
  net.propose('1', 'a');
  net.propose('1', 'b');
  const committed = net.get('1').node.status().commit;
  net.heal();
  net.isolate('1');

  // Act: the stale member campaigns first, then member 2.
  net.elect('3');
  const staleWon = net.state('3') === StateType.Leader;
  net.elect('2');

  // Check: 2 refused 3; 2 won, and its log holds every committed entry, which 3 then receives.
  t.false(staleWon);
  t.is(net.state('2'), StateType.Leader);
  t.true(net.get('2').node.status().lastIndex >= committed);
  t.deepEqual(net.appliedText('3'), ['a', 'b']);
});

// ---- §5.4.2 committing entries from previous terms (figure 8) ----

/**
 * Figure 8 up to (c): five members with single-entry appends. S1 led term 2 and
 * stored 'x' at index 7 alone; S5 led term 3 and stored its own entry at index 7
 * alone; S1 restarts, wins term 4 and copies 'x' to S2–S4, but its term-4 entry
 * (index 8) does not reach them. Indexes 1–5 are the bootstrap entries, 6 is S1's no-op of term 2.
 */
function figure8() {
  const net = group(FIVE, { ...PAPER, config: { maxSizePerMsgBytes: 1 } });
  net.elect('1');
  net.isolate('1');
  net.propose('1', 'x');
  net.heal();
  net.isolate('1');
  net.drop((m) => m.from === '5' && m.type === MessageType.App);
  net.elect('5');
  net.heal();
  net.isolate('5');
  net.restart('1');
  net.elect('1'); // loses term 3: S2–S4 voted for S5 in it
  // Appends still arrive, but without their term-4 entries (a prefix of an append
  // is itself a valid append): the followers learn S1's older entries only.
  net.filters.push((m) => {
    if (m.type === MessageType.App) m.entries = m.entries.filter((e) => e.term !== 4);
    return true;
  });
  net.elect('1'); // wins term 4
  return net;
}

test('§5.4.2 a leader does not commit an entry of an older term by counting replicas (figure 8c)', (t) => {
  // Set-up and act: figure 8 (a)–(c).
  const net = figure8();

  // Check: 'x' (index 7, term 2) is on a majority (S1–S4), yet the leader of term 4 did not commit it.
  t.is(net.state('1'), StateType.Leader);
  t.is(net.term('1'), 4);
  for (const id of ['1', '2', '3', '4']) t.is(logTerms(net, id)[6], 2, `member ${id} has x at index 7`);
  t.is(net.get('1').node.status().commit, 6);
  for (const id of FIVE) t.false(net.appliedText(id).includes('x'));
});

test('§5.4.2 an entry of an older term that was stored by a majority may still be overwritten (figure 8d)', (t) => {
  // Set-up: figure 8 (c); then S1 crashes and S5 (last entry of term 3) returns.
  const net = figure8();
  net.heal();
  net.isolate('1');
  net.restart('5');

  // Act: S5 campaigns (losing term 4, in which S2–S4 voted for S1), then wins term 5.
  net.elect('5');
  net.elect('5');

  // Check: S5 leads and replaced 'x' at index 7 with its own term-3 entry, which is now committed.
  t.is(net.state('5'), StateType.Leader);
  for (const id of ['2', '3', '4', '5']) t.is(logTerms(net, id)[6], 3, `member ${id} index 7`);
  t.true(net.get('5').node.status().commit >= 8);
  for (const id of FIVE) t.false(net.appliedText(id).includes('x'));
});

test('§5.4.2 an entry of an older term is committed together with an entry of the current term (figure 8e)', (t) => {
  // Set-up: figure 8 (c).
  const net = figure8();

  // Act: the term-4 entry reaches the majority too (the leader resends it after a heartbeat).
  net.heal();
  net.isolate('5');
  net.tickUntil(() => ['1', '2', '3', '4'].every((id) => net.get(id).node.status().applied >= 8), 10);

  // Check: index 8 (term 4) committed, and with it 'x' at index 7, on S1–S4.
  t.true(net.get('1').node.status().commit >= 8);
  for (const id of ['1', '2', '3', '4']) t.deepEqual(net.appliedText(id), ['x']);

  // Act: S5 (last entry of term 3) restarts and campaigns; the group then settles.
  net.heal();
  net.restart('5');
  net.elect('5');
  net.elect('5');
  const s5Won = net.state('5') === StateType.Leader;
  net.tickUntil(() => net.leader() !== null, 200);
  net.propose(net.leader()!, 'y');

  // Check: S5 could not win with its stale log; 'x' stays committed everywhere, S5 included.
  t.false(s5Won);
  for (const id of FIVE) t.deepEqual(net.appliedText(id), ['x', 'y']);
});

// ---- §5.5 follower and candidate crashes ----

test('§5.5 a restarted member keeps its term and vote: no second vote in the same term', (t) => {
  // Set-up: candidate 1 asks for term 2; only member 2 hears it, votes, persists, and crashes.
  const net = group(THREE, PAPER);
  net.get('1').node.campaign();
  net.processReady('1');
  net.deliverWhere((m) => m.to === '2');
  net.processReady('2');
  net.queue = [];
  net.restart('2');

  // Act: candidate 3 asks member 2 for a vote in the same term 2.
  net.get('3').node.campaign();
  t.is(net.term('3'), 2);
  net.processReady('3');
  net.deliverWhere((m) => m.to === '2');
  const reply = net.messagesOf('2').find((m) => m.type === MessageType.VoteResp);

  // Check: the restarted member remembers term 2 and its vote for 1, and refuses 3.
  t.true(reply?.reject);
  t.like(net.get('2').node.status(), { term: 2, vote: '1' });
});

test('§5.5 a restarted member keeps its log and commit index and applies nothing twice', (t) => {
  // Set-up: three entries committed everywhere.
  const net = group(THREE, PAPER);
  net.elect('1');
  for (const s of ['a', 'b', 'c']) net.propose('1', s);
  const before = net.get('2').node.status();

  // Act: member 2 crashes and restarts, then the group carries on.
  net.restart('2');
  const after = net.get('2').node.status();
  net.propose('1', 'd');

  // Check: nothing durable was lost, commit did not go back, and each command was applied once.
  t.is(after.lastIndex, before.lastIndex);
  t.true(after.commit >= before.commit);
  t.is(after.term, before.term);
  t.deepEqual(net.appliedText('2'), ['a', 'b', 'c', 'd']);
});

// ---- §6 membership: learners (non-voting members, thesis §4.2.1) ----

/** Voters 1–3 led by 1, and learner 4 that has caught up (it is first contacted on a heartbeat). */
function withLearner() {
  const net = group(THREE, PAPER);
  net.elect('1');
  net.add('4', null);
  net.proposeConfChange('1', addLearner('4'));
  net.tickUntil(() => net.get('4').node.status().applied === net.get('1').node.status().applied, 10);
  return net;
}

test('§6 a learner never campaigns, however long it hears nothing', (t) => {
  // Set-up: learner 4 caught up with leader 1.
  const net = withLearner();
  t.deepEqual(net.get('4').node.status().confState.learners, ['4']);

  // Act: many election timeouts pass on the learner alone.
  net.tick('4', 100);
  const sent = net.messagesOf('4');

  // Check: still a follower; no vote requested.
  t.is(net.state('4'), StateType.Follower);
  t.false(sent.some((m) => m.type === MessageType.Vote || m.type === MessageType.PreVote));
});

test('§6 a candidate does not ask a learner for its vote, and a learner\'s vote is not counted', (t) => {
  // Set-up: learner 4 in a group of three voters.
  const net = withLearner();

  // Act: voter 2 campaigns; the learner's grant arrives (as if it answered anyway).
  net.get('2').node.campaign();
  const requests = net.messagesOf('2').filter((m) => m.type === MessageType.Vote);
  net.inject({ type: MessageType.VoteResp, from: '4', to: '2', term: net.term('2') });

  // Check: requests went to voters only; two of four members is still no majority of voters.
  t.deepEqual(requests.map((m) => m.to).sort(), ['1', '3']);
  t.is(net.state('2'), StateType.Candidate);
});

test('§6 a learner\'s acknowledgement does not count toward commit', (t) => {
  // Set-up: learner 4; appends to voters 2 and 3 are lost.
  const net = withLearner();
  net.drop((m) => m.type === MessageType.App && (m.to === '2' || m.to === '3'));

  // Act: a proposal reaches the leader and the learner only.
  net.get('1').node.propose(text('x'));
  net.stabilize();

  // Check: the learner stored it, but leader plus learner is not a majority of voters.
  const index = net.get('1').node.status().lastIndex;
  t.is(net.get('4').node.status().lastIndex, index);
  t.true(net.get('1').node.status().commit < index);

  // Act and check: once a voter acknowledges, it commits.
  net.heal();
  net.tickUntil(() => net.get('1').node.status().commit >= index, 10);
  t.true(net.appliedText('4').includes('x'));
});
