/**
 * Conformance with §5.3 (log replication) of the Raft paper, in the spirit of
 * etcd-io/raft's raft_paper_test.go. Each test is arranged as set-up / act /
 * check. Pre-vote and check-quorum are off: the paper's rules must hold without them.
 */
import test from 'ava';
import { type Entry, EntryType, MessageType, StateType } from '../../src/raft/index.js';
import { PAPER, extendLog, group, logTerms, text } from './paper-helpers.js';

const THREE = ['1', '2', '3'];
const FIVE = ['1', '2', '3', '4', '5'];

test('§5.3 the leader appends a proposal to its own log, then sends it to every follower', (t) => {
  // Set-up: member 1 leads; followers are caught up.
  const net = group(THREE, PAPER);
  net.elect('1');
  const before = net.get('1').node.status();

  // Act: a client proposes one command.
  net.get('1').node.propose(text('x'));
  const rd = net.processReady('1');

  // Check: the entry is in this Ready for the leader to persist, at the next index and the current term...
  t.is(rd?.entries.length, 1);
  t.like(rd?.entries[0], { index: before.lastIndex + 1, term: before.term, type: EntryType.Normal });
  t.true(rd?.mustSync);
  // ...and each follower gets an append whose previous entry is the leader's old last entry.
  const appends = rd?.messages.filter((m) => m.type === MessageType.App) ?? [];
  t.deepEqual(appends.map((m) => m.to).sort(), ['2', '3']);
  for (const m of appends) {
    t.is(m.index, before.lastIndex);
    t.is(m.logTerm, before.term);
    t.deepEqual(m.entries.map((e) => e.index), [before.lastIndex + 1]);
    t.is(m.commit, before.commit);
  }
  // ...and it is not committed yet: nobody else has it.
  t.is(net.get('1').node.status().commit, before.commit);
});

for (const acks of [0, 1, 2, 4]) {
  const committed = acks + 1 >= 3;
  test(`§5.3 in a group of five, an entry stored by the leader and ${acks} follower(s) is ${committed ? '' : 'not '}committed`, (t) => {
    // Set-up: member 1 leads five; appends reach only the first `acks` followers.
    const net = group(FIVE, PAPER);
    net.elect('1');
    const reached = FIVE.slice(1, 1 + acks);
    net.drop((m) => m.type === MessageType.App && !reached.includes(m.to));

    // Act: propose and let the group settle.
    net.propose('1', 'x');

    // Check: committed (and applied by the leader) exactly when a majority stored it.
    const index = net.get('1').node.status().lastIndex;
    t.is(net.get('1').node.status().commit >= index, committed);
    t.is(net.appliedText('1').includes('x'), committed);
  });
}

test('§5.3 followers apply an entry only after learning from the leader that it is committed', (t) => {
  // Set-up: member 1 leads three.
  const net = group(THREE, PAPER);
  net.elect('1');

  // Act: one round trip: the append goes out, followers store it and acknowledge.
  net.get('1').node.propose(text('a'));
  net.processReady('1');
  net.deliverAll();
  const stored = ['2', '3'].map((id) => net.processReady(id));

  // Check: followers persisted the entry but did not apply it (they do not know it is committed).
  for (const rd of stored) {
    t.is(rd?.entries.length, 1);
    t.false(rd?.committedEntries.some((e) => e.data.length > 0));
  }

  // Act: the leader counts the acknowledgements, commits, and tells the followers.
  net.stabilize();

  // Check: now everyone applied it.
  for (const id of THREE) t.deepEqual(net.appliedText(id), ['a']);
});

test('§5.3 every member applies committed entries once each, in log order, with no gaps', (t) => {
  // Set-up: member 1 leads three.
  const net = group(THREE, PAPER);
  net.elect('1');

  // Act: several proposals, some through a follower (forwarded to the leader).
  for (const [i, via] of ['1', '2', '3', '1', '1', '3'].entries()) net.propose(via, `cmd-${i}`);

  // Check: applied indexes run 1, 2, 3, ... on every member and the commands match the leader's.
  for (const id of THREE) {
    const indexes = net.get(id).applied.map((e) => e.index);
    t.deepEqual(indexes, indexes.map((_, i) => i + 1), `member ${id} applied ${indexes.join(',')}`);
    t.deepEqual(net.appliedText(id), net.appliedText('1'));
  }
  t.is(net.appliedText('1').length, 6);
});

// Follower 2's log after bootstrap (indexes 1–3, term 1) and two more entries: terms 1,1,1,2,3.
const appendCases: Array<{ name: string; prev: [number, number]; entries: Array<[number, number]>; reject: boolean; after: number[] }> = [
  { name: 'matching previous entry: the new entry is appended', prev: [5, 3], entries: [[6, 4]], reject: false, after: [1, 1, 1, 2, 3, 4] },
  { name: 'a conflicting entry is deleted and replaced', prev: [4, 2], entries: [[5, 4]], reject: false, after: [1, 1, 1, 2, 4] },
  { name: 'entries already present are kept, new ones appended', prev: [3, 1], entries: [[4, 2], [5, 3], [6, 4]], reject: false, after: [1, 1, 1, 2, 3, 4] },
  { name: 'a conflict deletes the entry and all that follow it', prev: [3, 1], entries: [[4, 4]], reject: false, after: [1, 1, 1, 4] },
  { name: 'previous entry with another term: rejected', prev: [5, 2], entries: [[6, 4]], reject: true, after: [1, 1, 1, 2, 3] },
  { name: 'previous entry past the end of the log: rejected', prev: [7, 3], entries: [[8, 4]], reject: true, after: [1, 1, 1, 2, 3] },
  { name: 'an empty append that matches changes nothing', prev: [5, 3], entries: [], reject: false, after: [1, 1, 1, 2, 3] },
];
for (const c of appendCases) {
  test(`§5.3 log matching, follower side: ${c.name}`, (t) => {
    // Set-up: follower 2 with log terms 1,1,1,2,3 at term 3.
    const net = group(THREE, PAPER);
    extendLog(net, '2', [2, 3], 3);

    // Act: an append from leader 1 of term 4.
    const entries: Entry[] = c.entries.map(([index, term]) => ({ index, term, type: EntryType.Normal, data: text('e') }));
    net.inject({ type: MessageType.App, from: '1', to: '2', term: 4, index: c.prev[0], logTerm: c.prev[1], entries, commit: 3 });
    const reply = net.messagesOf('2').find((m) => m.type === MessageType.AppResp);

    // Check: the answer, and the follower's log afterwards.
    t.is(reply?.reject, c.reject);
    if (!c.reject) t.is(reply?.index, c.prev[0] + c.entries.length);
    t.deepEqual(logTerms(net, '2'), c.after);
  });
}

// Figure 7 of the paper: the leader's log (term 8) and six possible follower logs.
// Indexes 1–3 (term 1) are the bootstrap entries every member has.
const LEADER_TERMS = [4, 4, 5, 5, 6, 6, 6];
const figure7: Record<string, number[]> = {
  '(a) missing one entry': [4, 4, 5, 5, 6, 6],
  '(b) missing many entries': [4],
  '(c) one extra uncommitted entry': [4, 4, 5, 5, 6, 6, 6, 6],
  '(d) two extra entries of a later term': [4, 4, 5, 5, 6, 6, 6, 7, 7],
  '(e) missing entries and extra entries of term 4': [4, 4, 4, 4],
  '(f) many entries of terms 2 and 3 the leader never had': [2, 2, 2, 3, 3, 3, 3, 3],
};
for (const [name, followerTerms] of Object.entries(figure7)) {
  test(`§5.3 the leader backs up nextIndex after each rejection until the logs match, then overwrites the follower: figure 7 ${name}`, (t) => {
    // Set-up: leader-to-be 1 with the figure's log at term 8; follower 2 with one of the
    // figure's logs at term 7; member 3 only votes (everything sent to it is dropped).
    const net = group(THREE, PAPER);
    extendLog(net, '1', LEADER_TERMS, 8);
    extendLog(net, '2', followerTerms, 7);
    net.drop((m) => m.to === '3');
    net.get('1').node.campaign();
    net.inject({ type: MessageType.VoteResp, from: '3', to: '1', term: 9 });
    t.is(net.state('1'), StateType.Leader);

    // Act: replication runs to completion.
    net.stabilize();

    // Check: the follower's log is now the leader's (its own no-op of term 9 included), all committed.
    t.deepEqual(logTerms(net, '2'), logTerms(net, '1'));
    t.deepEqual(logTerms(net, '1'), [1, 1, 1, ...LEADER_TERMS, 9]);
    t.is(net.get('2').node.status().commit, 11);
    t.deepEqual(net.appliedText('2'), net.appliedText('1'));
  });
}

test('§5.3 the leader retries AppendEntries to an unreachable follower until it has every entry', (t) => {
  // Set-up: member 1 leads; member 3 is cut off while two entries commit.
  const net = group(THREE, PAPER);
  net.elect('1');
  net.isolate('3');
  net.propose('1', 'a');
  net.propose('1', 'b');
  t.deepEqual(net.appliedText('3'), []);

  // Act: member 3 comes back; time passes (heartbeats make the leader retry).
  net.heal();
  const ticks = net.tickUntil(() => net.appliedText('3').length === 2, 50);

  // Check: member 3 caught up within a few heartbeats, and its log matches the leader's.
  t.true(ticks <= 5, `caught up after ${ticks} ticks`);
  t.deepEqual(logTerms(net, '3'), logTerms(net, '1'));
});
