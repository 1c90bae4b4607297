import test from 'ava';
import fc from 'fast-check';
import {
  ClusterState,
  decodeClusterSnapshot,
  encodeClusterSnapshot,
  encodeCommand,
  encodeMemberInfo,
} from '../../src/cluster/index.js';
import { ConfChangeType, EntryType, encodeConfChange, type Entry } from '../../src/raft/index.js';

const confEntry = (index: number, type: ConfChangeType, id: string, withAddress = true): Entry => ({
  term: 1,
  index,
  type: EntryType.ConfChange,
  data: encodeConfChange({
    type,
    nodeId: id,
    context: withAddress
      ? encodeMemberInfo({ id, clientUrl: `http://127.0.0.1:70${index}`, peerAddress: `127.0.0.1:71${index}` })
      : new Uint8Array(0),
  }),
});

test('membership changes build the address book; removed ids are remembered', (t) => {
  const state = new ClusterState();
  state.apply(confEntry(1, ConfChangeType.AddNode, 'n1'));
  state.apply(confEntry(2, ConfChangeType.AddLearnerNode, 'n2'));
  state.apply(confEntry(3, ConfChangeType.AddNode, 'n2', false));
  state.apply(confEntry(4, ConfChangeType.RemoveNode, 'n1', false));
  t.deepEqual(
    state.memberList().map((m) => [m.id, m.learner, m.clientUrl]),
    [['n2', false, 'http://127.0.0.1:702']],
    'promotion keeps the addresses learned when the learner was added',
  );
  t.true(state.removedIds.has('n1'));
  t.is(state.appliedIndex, 4);
});

test('a command reports its request id; an empty entry reports nothing', (t) => {
  const state = new ClusterState();
  t.deepEqual(state.apply({ term: 1, index: 1, type: EntryType.Normal, data: new Uint8Array(0) }), []);
  const effects = state.apply({ term: 1, index: 2, type: EntryType.Normal, data: encodeCommand({ requestId: 'r-1', noop: { payload: new Uint8Array([1]) } }) });
  t.is(effects.length, 1);
  t.like(effects[0], { kind: 'command-applied', requestId: 'r-1', index: 2 });
});

test('update-member changes a known member only', (t) => {
  const state = new ClusterState();
  state.apply(confEntry(1, ConfChangeType.AddNode, 'n1', false));
  state.apply({ term: 1, index: 2, type: EntryType.Normal, data: encodeCommand({ requestId: 'a', updateMember: { id: 'n1', clientUrl: 'http://h:1', peerAddress: 'h:2' } }) });
  state.apply({ term: 1, index: 3, type: EntryType.Normal, data: encodeCommand({ requestId: 'b', updateMember: { id: 'ghost', clientUrl: 'http://h:3', peerAddress: 'h:4' } }) });
  t.deepEqual(state.memberList().map((m) => [m.id, m.clientUrl, m.peerAddress]), [['n1', 'http://h:1', 'h:2']]);
});

test('applying an index twice is a bug and throws', (t) => {
  const state = new ClusterState();
  state.apply(confEntry(1, ConfChangeType.AddNode, 'n1'));
  t.throws(() => state.apply(confEntry(1, ConfChangeType.AddNode, 'n1')), { message: /applied twice/ });
});

test('snapshot round trip: the restored state equals the original (property)', (t) => {
  const ids = fc.constantFrom('n1', 'n2', 'n3', 'n4', 'n5');
  const op = fc.record({ type: fc.constantFrom(ConfChangeType.AddNode, ConfChangeType.AddLearnerNode, ConfChangeType.RemoveNode), id: ids });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const state = new ClusterState();
      ops.forEach((o, i) => state.apply(confEntry(i + 1, o.type, o.id)));
      const restored = decodeClusterSnapshot(encodeClusterSnapshot(state));
      t.deepEqual(restored.memberList(), state.memberList());
      t.deepEqual([...restored.removedIds].sort(), [...state.removedIds].sort());
      t.is(restored.appliedIndex, state.appliedIndex);
    }),
    { numRuns: 200 },
  );
});

test('a corrupt snapshot is refused with a coded error', (t) => {
  const err = t.throws(() => decodeClusterSnapshot(new Uint8Array([0xff, 0xff, 0xff])));
  t.is((err as Error & { code?: string }).code, 'CLUSTER_DECODE');
});
