/**
 * Conformance with §5.1 (terms) and §5.2 (leader election) of the Raft paper
 * (Ongaro & Ousterhout, "In Search of an Understandable Consensus Algorithm"),
 * in the spirit of etcd-io/raft's raft_paper_test.go. Each test is arranged as
 * set-up / act / check. Pre-vote and check-quorum are off unless a test says
 * otherwise: they are extensions (thesis §9.6, §6.2), and the paper's rules must
 * hold without them.
 */
import test from 'ava';
import { MessageType, StateType } from '../../src/raft/index.js';
import { PAPER, group } from './paper-helpers.js';

const THREE = ['1', '2', '3'];

// ---- §5.1 terms ----

const roles = ['follower', 'pre-candidate', 'candidate', 'leader'] as const;
for (const role of roles) {
  test(`§5.1 a ${role} that sees a higher term adopts it and reverts to follower`, (t) => {
    // Set-up: member 1 in the given role; pre-candidates exist only with pre-vote.
    const net = group(THREE, { preVote: role === 'pre-candidate', checkQuorum: false });
    if (role === 'leader') net.elect('1');
    else if (role !== 'follower') net.get('1').node.campaign();
    const expected = {
      follower: StateType.Follower,
      'pre-candidate': StateType.PreCandidate,
      candidate: StateType.Candidate,
      leader: StateType.Leader,
    };
    t.is(net.state('1'), expected[role]);
    const higher = net.term('1') + 1;

    // Act: an append from a member that leads a later term.
    net.inject({ type: MessageType.App, from: '2', to: '1', term: higher });

    // Check: the term is adopted, the role is follower, and the sender is its leader.
    const status = net.get('1').node.status();
    t.is(status.term, higher);
    t.is(status.state, StateType.Follower);
    t.is(status.lead, '2');
  });
}

const higherTermMessages: Array<[MessageType, string]> = [
  [MessageType.Vote, 'a vote request'],
  [MessageType.AppResp, 'an append response'],
  [MessageType.HeartbeatResp, 'a heartbeat response'],
];
for (const [type, name] of higherTermMessages) {
  test(`§5.1 a leader steps down on ${name} that carries a higher term`, (t) => {
    // Set-up: member 1 leads term 2.
    const net = group(THREE, PAPER);
    net.elect('1');
    const higher = net.term('1') + 1;

    // Act: any message of a later term, request or response.
    net.inject({ type, from: '2', to: '1', term: higher, index: 100, logTerm: 100 });

    // Check: current term updated, leadership given up.
    t.is(net.term('1'), higher);
    t.is(net.state('1'), StateType.Follower);
  });
}

test('§5.1 a request with a stale term is rejected and tells the sender the current term', (t) => {
  // Set-up: a group at term 2 led by 1; member 3 is a follower at term 2.
  const net = group(THREE, { checkQuorum: true });
  net.elect('1');
  const term = net.term('3');
  const lastIndex = net.get('3').node.status().lastIndex;

  // Act: a vote request and an append from term 1 (a stale candidate and a stale leader).
  net.inject({ type: MessageType.Vote, from: '2', to: '3', term: term - 1, index: 99, logTerm: term - 1 });
  net.inject({
    type: MessageType.App,
    from: '2',
    to: '3',
    term: term - 1,
    index: lastIndex,
    logTerm: 1,
    entries: [{ term: term - 1, index: lastIndex + 1, type: 0, data: new Uint8Array([1]) }],
  });
  const replies = net.messagesOf('3');

  // Check: no vote is granted, nothing is appended, and the stale leader hears the newer term.
  t.false(replies.some((m) => m.type === MessageType.VoteResp && !m.reject));
  t.is(net.get('3').node.status().lastIndex, lastIndex);
  const appResp = replies.find((m) => m.type === MessageType.AppResp);
  t.is(appResp?.term, term);
  t.is(net.get('3').node.status().vote, '1');
});

// ---- §5.2 leader election ----

test('§5.2 a follower that hears nothing for an election timeout becomes a candidate', (t) => {
  // Set-up: a fresh follower (electionTicks = 10).
  const net = group(THREE, PAPER);
  const termBefore = net.term('1');

  // Act: tick it alone until it changes role.
  let ticks = 0;
  while (net.state('1') === StateType.Follower && ticks < 100) {
    net.tick('1');
    ticks++;
  }

  // Check: it campaigned for the next term within [electionTicks, 2·electionTicks).
  t.is(net.state('1'), StateType.Candidate);
  t.is(net.term('1'), termBefore + 1);
  t.true(ticks >= 10 && ticks < 20, `campaigned after ${ticks} ticks`);
});

test('§5.2 a candidate votes for itself and sends RequestVote to every other member', (t) => {
  // Set-up: a five-member group.
  const net = group(['1', '2', '3', '4', '5'], PAPER);
  const status = net.get('1').node.status();

  // Act: member 1 starts an election.
  net.get('1').node.campaign();
  const rd = net.processReady('1');

  // Check: its vote is persisted for itself, and each peer gets one request with its last log position.
  t.deepEqual(rd?.hardState, { term: status.term + 1, vote: '1', commit: status.commit });
  const requests = rd?.messages.filter((m) => m.type === MessageType.Vote) ?? [];
  t.deepEqual(requests.map((m) => m.to).sort(), ['2', '3', '4', '5']);
  for (const m of requests) {
    t.is(m.term, status.term + 1);
    t.is(m.index, status.lastIndex);
    t.is(m.logTerm, 1);
  }
});

const elections: Array<{ size: number; granted: string[]; rejected: string[]; outcome: StateType }> = [
  { size: 1, granted: [], rejected: [], outcome: StateType.Leader },
  { size: 3, granted: ['2'], rejected: [], outcome: StateType.Leader },
  { size: 3, granted: [], rejected: [], outcome: StateType.Candidate },
  { size: 3, granted: [], rejected: ['2', '3'], outcome: StateType.Follower },
  { size: 5, granted: ['2', '3'], rejected: ['4'], outcome: StateType.Leader },
  { size: 5, granted: ['2'], rejected: ['3'], outcome: StateType.Candidate },
  { size: 5, granted: ['2'], rejected: ['3', '4', '5'], outcome: StateType.Follower },
];
for (const { size, granted, rejected, outcome } of elections) {
  test(`§5.2 a candidate in a group of ${size} with ${granted.length + 1} votes and ${rejected.length} rejections ends as ${StateType[outcome]}`, (t) => {
    // Set-up: member 1 campaigns; its peers' answers are injected, not computed.
    const ids = Array.from({ length: size }, (_, i) => String(i + 1));
    const net = group(ids, PAPER);
    net.get('1').node.campaign();
    const term = net.term('1');

    // Act: the answers arrive.
    for (const from of granted) net.inject({ type: MessageType.VoteResp, from, to: '1', term });
    for (const from of rejected) net.inject({ type: MessageType.VoteResp, from, to: '1', term, reject: true });

    // Check: a majority wins, a majority of rejections loses, anything else is still open.
    t.is(net.state('1'), outcome);
  });
}

test('§5.2 election timeouts are randomized: they differ between members and between terms', (t) => {
  // Set-up: five members, each ticked on its own.
  const net = group(['1', '2', '3', '4', '5'], PAPER);
  const ticksToCampaign = (id: string): number => {
    const termBefore = net.term(id);
    let ticks = 0;
    while (net.term(id) === termBefore) {
      net.tick(id);
      ticks++;
    }
    return ticks;
  };

  // Act: measure each member's first timeout, then member 1's next ten (a candidate retries at each).
  const perMember = ['1', '2', '3', '4', '5'].map(ticksToCampaign);
  const perTerm = Array.from({ length: 10 }, () => ticksToCampaign('1'));

  // Check: every timeout is in [electionTicks, 2·electionTicks) and they are not all alike.
  for (const ticks of [...perMember, ...perTerm]) t.true(ticks >= 10 && ticks < 20, `timeout ${ticks}`);
  t.true(new Set(perMember).size > 1, `members timed out alike: ${perMember.join(',')}`);
  t.true(new Set(perTerm).size > 1, `terms timed out alike: ${perTerm.join(',')}`);
});

test('§5.2 a member grants at most one vote per term, first come first served', (t) => {
  // Set-up: member 1, a follower at term 1 that has not voted.
  const net = group(THREE, PAPER);
  const term = net.term('1') + 1;
  const request = (from: string) => ({ type: MessageType.Vote, from, to: '1', term, index: 3, logTerm: 1 });

  // Act: two candidates of the same term ask, then the first asks again (a retransmission).
  net.inject(request('2'));
  const first = net.messagesOf('1');
  net.inject(request('3'));
  const second = net.messagesOf('1');
  net.inject(request('2'));
  const repeat = net.messagesOf('1');

  // Check: the first is granted, the second refused, the repeat granted again; the vote stays with 2.
  t.false(first.find((m) => m.type === MessageType.VoteResp)!.reject);
  t.true(second.find((m) => m.type === MessageType.VoteResp)!.reject);
  t.false(repeat.find((m) => m.type === MessageType.VoteResp)!.reject);
  t.is(net.get('1').node.status().vote, '2');
});

test('§5.2 a candidate that receives AppendEntries from a leader of its term steps down', (t) => {
  // Set-up: member 1 is a candidate at term 2.
  const net = group(THREE, PAPER);
  net.get('1').node.campaign();
  const term = net.term('1');

  // Act: member 2, which won term 2, sends an append (first a stale one from term 1).
  net.inject({ type: MessageType.App, from: '3', to: '1', term: term - 1, index: 3, logTerm: 1 });
  const stillCandidate = net.state('1');
  net.inject({ type: MessageType.App, from: '2', to: '1', term, index: 3, logTerm: 1 });

  // Check: the stale append changes nothing; the current one makes 1 a follower of 2 at the same term.
  t.is(stillCandidate, StateType.Candidate);
  const status = net.get('1').node.status();
  t.is(status.state, StateType.Follower);
  t.is(status.term, term);
  t.is(status.lead, '2');
});

test('§5.2 on a split vote nobody wins, and a candidate times out into a new election', (t) => {
  // Set-up: four members; 1 and 2 campaign in the same term, and each reaches only one other voter.
  const net = group(['1', '2', '3', '4'], PAPER);
  net.drop((m) => (m.from === '1' && m.to === '4') || (m.from === '2' && m.to === '3'));
  net.get('1').node.campaign();
  net.get('2').node.campaign();
  const term = net.term('1');

  // Act: the votes are counted.
  net.stabilize();

  // Check: two votes each out of four is no majority; both are still candidates of the same term.
  t.is(net.state('1'), StateType.Candidate);
  t.is(net.state('2'), StateType.Candidate);
  t.deepEqual(net.leaders(), []);

  // Act: the group heals and member 1's election timeout fires first.
  net.heal();
  while (net.term('1') === term) net.tick('1');
  net.stabilize();

  // Check: the new election of the next term resolves the split.
  t.is(net.term('1'), term + 1);
  t.deepEqual(net.leaders(), ['1']);
});
