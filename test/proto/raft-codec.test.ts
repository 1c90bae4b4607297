/**
 * The Raft message codec: exact round trips of every field, untrusted input that
 * either decodes or fails with the coded error, and wire enums that match the core's.
 */
import test from 'ava';
import fc from 'fast-check';
import { ProtoDecodeError, decodeConfChange, decodeRaftMessage, encodeConfChange, encodeRaftMessage } from '../../src/proto/index.js';
import { shoal } from '../../src/proto/gen/shoal.js';
import { ConfChangeType, EntryType, MessageType, emptySnapshot, entry, message } from '../../src/raft/index.js';
import { confChangeArb, enumValues, messageArb } from './arbitraries.js';

const wire = shoal.raft.v1;

/** The core's App type as the generated code types it (TypeScript enums are distinct types). */
const APP = MessageType.App as number;
/** Enum values that no version of raft.proto defines. */
const UNKNOWN_MESSAGE_TYPE = 99 as number;
const UNKNOWN_ENTRY_TYPE = 5 as number;
const UNKNOWN_CONF_CHANGE_TYPE = 3 as number;

/** Asserts that `decode` either returns or throws ProtoDecodeError with a cause, nothing else. */
function decodesOrThrowsCoded(decode: () => unknown): boolean {
  try {
    decode();
    return true;
  } catch (error) {
    return error instanceof ProtoDecodeError && error.code === 'PROTO_DECODE' && error.cause !== undefined;
  }
}

test('decode(encode(m)) deep-equals m for every field', (t) => {
  fc.assert(
    fc.property(messageArb, (m) => {
      t.deepEqual(decodeRaftMessage(encodeRaftMessage(m)), m);
    }),
    { numRuns: 1000 },
  );
});

test('decode(encode(cc)) deep-equals cc for membership changes', (t) => {
  fc.assert(
    fc.property(confChangeArb, (cc) => {
      t.deepEqual(decodeConfChange(encodeConfChange(cc)), cc);
    }),
    { numRuns: 500 },
  );
});

test('a message with only its type set decodes with every field at its zero value', (t) => {
  const decoded = decodeRaftMessage(encodeRaftMessage(message({ type: MessageType.Heartbeat })));
  t.deepEqual(decoded, message({ type: MessageType.Heartbeat }));
  t.is(decoded.snapshot, null);
});

test('an all-zero snapshot stays present rather than decoding as absent', (t) => {
  const m = message({ type: MessageType.Snap, snapshot: emptySnapshot() });
  t.deepEqual(decodeRaftMessage(encodeRaftMessage(m)).snapshot, emptySnapshot());
});

test('encoded bytes are a plain, exactly sized Uint8Array outside any shared pool', (t) => {
  const bytes = encodeRaftMessage(message({ type: MessageType.App, entries: [entry({ data: new Uint8Array(10) })] }));
  t.is(bytes.constructor, Uint8Array);
  t.is(bytes.byteOffset, 0);
  t.is(bytes.buffer.byteLength, bytes.byteLength);
});

test('decoded values are plain Uint8Arrays that share no memory with the input', (t) => {
  const m = message({ type: MessageType.App, context: Uint8Array.of(7), entries: [entry({ data: Uint8Array.of(1, 2) })] });
  const input = Buffer.from(encodeRaftMessage(m)); // a Buffer, as a socket delivers it
  const decoded = decodeRaftMessage(input);
  input.fill(0);
  t.is(decoded.context.constructor, Uint8Array);
  t.is(decoded.entries[0]?.data.constructor, Uint8Array);
  t.deepEqual(decoded, m);
});

test('decoded arrays can be changed by the core (not protobufjs frozen defaults)', (t) => {
  const decoded = decodeRaftMessage(encodeRaftMessage(message({ type: MessageType.Snap, snapshot: emptySnapshot() })));
  decoded.entries.push(entry({}));
  decoded.snapshot?.metadata.confState.voters.push('n1');
  t.deepEqual(decoded.snapshot?.metadata.confState.voters, ['n1']);
});

test('garbage bytes either decode to an encodable message or throw PROTO_DECODE', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      t.true(decodesOrThrowsCoded(() => encodeRaftMessage(decodeRaftMessage(bytes))));
      t.true(decodesOrThrowsCoded(() => encodeConfChange(decodeConfChange(bytes))));
    }),
    { numRuns: 2000 },
  );
});

test('corrupted and truncated encodings either decode or throw PROTO_DECODE', (t) => {
  const corruptionArb = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(messageArb, corruptionArb, fc.nat(), (m, corruptions, cut) => {
      const bytes = encodeRaftMessage(m);
      for (const [position, value] of corruptions) bytes[position % bytes.length] = value;
      t.true(decodesOrThrowsCoded(() => encodeRaftMessage(decodeRaftMessage(bytes))));
      t.true(decodesOrThrowsCoded(() => decodeRaftMessage(bytes.subarray(0, cut % (bytes.length + 1)))));
    }),
    { numRuns: 1000 },
  );
});

test('a truncated message throws PROTO_DECODE with the protobufjs error as cause', (t) => {
  const bytes = encodeRaftMessage(message({ type: MessageType.App, context: new Uint8Array(8) }));
  const error = t.throws(() => decodeRaftMessage(bytes.subarray(0, bytes.length - 1)), { instanceOf: ProtoDecodeError });
  t.is(error.code, 'PROTO_DECODE');
  t.true(error.cause instanceof Error);
});

test('an unknown message type is rejected, not passed to the core', (t) => {
  const bytes = wire.Message.encode({ type: UNKNOWN_MESSAGE_TYPE }).finish();
  const error = t.throws(() => decodeRaftMessage(bytes), { instanceOf: ProtoDecodeError });
  t.true(error.cause instanceof RangeError);
});

test('an unknown entry type or change type is rejected', (t) => {
  const badEntry = wire.Message.encode({ type: APP, entries: [{ type: UNKNOWN_ENTRY_TYPE }] }).finish();
  t.throws(() => decodeRaftMessage(badEntry), { instanceOf: ProtoDecodeError });
  t.throws(() => decodeConfChange(wire.ConfChange.encode({ type: UNKNOWN_CONF_CHANGE_TYPE }).finish()), { instanceOf: ProtoDecodeError });
});

test('a uint64 above 2^53 - 1 is rejected instead of rounded', (t) => {
  for (const field of ['term', 'logTerm', 'index', 'commit', 'rejectHint'] as const) {
    const bytes = wire.Message.encode({ type: APP, [field]: 2 ** 60 }).finish();
    t.throws(() => decodeRaftMessage(bytes), { instanceOf: ProtoDecodeError, message: new RegExp(field) });
  }
  const entryBytes = wire.Message.encode({ type: APP, entries: [{ index: 2 ** 53 }] }).finish();
  t.throws(() => decodeRaftMessage(entryBytes), { instanceOf: ProtoDecodeError });
  t.is(decodeRaftMessage(wire.Message.encode({ type: 0, term: Number.MAX_SAFE_INTEGER }).finish()).term, Number.MAX_SAFE_INTEGER);
});

test('encoding a value the core must never hold fails an assert', (t) => {
  t.throws(() => encodeRaftMessage(message({ type: MessageType.App, term: -1 })));
  t.throws(() => encodeRaftMessage(message({ type: MessageType.App, index: 1.5 })));
  t.throws(() => encodeRaftMessage(message({ type: 42 as MessageType })));
});

/** 'AppResp' → 'APP_RESP': the proto enum value name for a core enum member. */
function screamingSnake(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

for (const [label, core, generated, prefix] of [
  ['MessageType', MessageType, wire.MessageType, 'MESSAGE_TYPE_'],
  ['EntryType', EntryType, wire.EntryType, 'ENTRY_TYPE_'],
  ['ConfChangeType', ConfChangeType, wire.ConfChangeType, 'CONF_CHANGE_TYPE_'],
] as const) {
  test(`${label} has the same names and numbers in raft.proto and src/raft/types.ts`, (t) => {
    const fromCore = Object.fromEntries(
      Object.entries(core)
        .filter(([, value]) => typeof value === 'number')
        .map(([name, value]) => [prefix + screamingSnake(name), value]),
    );
    const fromProto = Object.fromEntries(Object.entries(generated).filter(([, value]) => typeof value === 'number'));
    t.deepEqual(fromProto, fromCore);
    t.is(enumValues(core).length, Object.keys(fromCore).length);
  });
}
