/**
 * The handshake's pure parts: proofs bind every input and verify in constant time,
 * and both state machines accept exactly the honest exchange and refuse every
 * deviation with its code. No sockets here; test/transport/refusal.test.ts drives
 * the same refusals over TCP.
 */
import test from 'ava';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import {
  AcceptorHandshake,
  DialerHandshake,
  type Envelope,
  type HandshakeErrorCode,
  NONCE_BYTES,
  NonceCache,
  PROOF_BYTES,
  PROTOCOL_VERSION,
  type ProofInput,
  RECONNECT_BACKOFF_MAX_MS,
  RECONNECT_BACKOFF_MIN_MS,
  computeProof,
  reconnectDelayMs,
  verifyProof,
} from '../../src/transport/index.js';
import { LogLimit } from '../../src/transport/log-limit.js';

const SECRET = new Uint8Array(32).fill(7);

function input(overrides: Partial<ProofInput> = {}): ProofInput {
  return {
    groupId: 'g1',
    dialerId: 'n1',
    acceptorId: 'n2',
    dialerNonce: new Uint8Array(NONCE_BYTES).fill(1),
    acceptorNonce: new Uint8Array(NONCE_BYTES).fill(2),
    ...overrides,
  };
}

test('a proof is 32 bytes and deterministic', (t) => {
  const proof = computeProof(SECRET, 'dialer', input());
  t.is(proof.byteLength, PROOF_BYTES);
  t.deepEqual(computeProof(SECRET, 'dialer', input()), proof);
});

test('a proof binds the secret, the direction, the group, both ids and both nonces', (t) => {
  const base = Buffer.from(computeProof(SECRET, 'dialer', input())).toString('hex');
  const variants: Array<[string, Uint8Array]> = [
    ['secret', computeProof(new Uint8Array(32).fill(8), 'dialer', input())],
    ['direction', computeProof(SECRET, 'acceptor', input())],
    ['group', computeProof(SECRET, 'dialer', input({ groupId: 'g2' }))],
    ['dialer id', computeProof(SECRET, 'dialer', input({ dialerId: 'n3' }))],
    ['acceptor id', computeProof(SECRET, 'dialer', input({ acceptorId: 'n3' }))],
    ['ids swapped', computeProof(SECRET, 'dialer', input({ dialerId: 'n2', acceptorId: 'n1' }))],
    ['dialer nonce', computeProof(SECRET, 'dialer', input({ dialerNonce: new Uint8Array(NONCE_BYTES).fill(9) }))],
    ['acceptor nonce', computeProof(SECRET, 'dialer', input({ acceptorNonce: new Uint8Array(NONCE_BYTES).fill(9) }))],
    // Length prefixes keep field boundaries: "g1"+"n1" is not "g1n"+"1".
    ['field boundary', computeProof(SECRET, 'dialer', input({ groupId: 'g1n', dialerId: '1' }))],
  ];
  for (const [what, proof] of variants) t.not(Buffer.from(proof).toString('hex'), base, what);
});

test('verifyProof accepts the proof and rejects a flipped bit, a short proof and the other direction', (t) => {
  const proof = computeProof(SECRET, 'acceptor', input());
  t.true(verifyProof(SECRET, 'acceptor', input(), proof));
  const flipped = new Uint8Array(proof);
  flipped[5]! ^= 1;
  t.false(verifyProof(SECRET, 'acceptor', input(), flipped));
  t.false(verifyProof(SECRET, 'acceptor', input(), proof.subarray(0, 31)));
  t.false(verifyProof(SECRET, 'acceptor', input(), new Uint8Array(0)));
  t.false(verifyProof(SECRET, 'dialer', input(), proof));
});

test('property: a proof verifies under its own secret and input only', (t) => {
  const inputArb = fc.record({
    groupId: fc.string({ maxLength: 8 }),
    dialerId: fc.string({ maxLength: 8 }),
    acceptorId: fc.string({ maxLength: 8 }),
    dialerNonce: fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }),
    acceptorNonce: fc.uint8Array({ minLength: NONCE_BYTES, maxLength: NONCE_BYTES }),
  });
  const secretArb = fc.uint8Array({ minLength: 16, maxLength: 40 });
  fc.assert(
    fc.property(secretArb, secretArb, inputArb, inputArb, (secret, otherSecret, a, b) => {
      const proof = computeProof(secret, 'dialer', a);
      if (!verifyProof(secret, 'dialer', a, proof)) return false;
      if (!Buffer.from(secret).equals(Buffer.from(otherSecret)) && verifyProof(otherSecret, 'dialer', a, proof)) return false;
      const same = JSON.stringify(a, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v)) === JSON.stringify(b, (_, v: unknown) => (v instanceof Uint8Array ? [...v] : v));
      return same || !verifyProof(secret, 'dialer', b, proof);
    }),
    { numRuns: 300 },
  );
  t.pass();
});

interface Sides {
  dialer: DialerHandshake;
  acceptor: AcceptorHandshake;
  hello: Envelope;
}

/** A dialer n1 and an acceptor n2; `options` changes one side's view to make it misbehave. */
function sides(options: { dialerSecret?: Uint8Array; dialerGroup?: string; acceptorKnows?: string[]; cache?: NonceCache; dialerNonce?: Uint8Array } = {}): Sides {
  const dialer = new DialerHandshake(
    { groupId: options.dialerGroup ?? 'g1', selfId: 'n1', secret: options.dialerSecret ?? SECRET, nonce: options.dialerNonce ?? randomBytes(NONCE_BYTES) },
    'n2',
  );
  const known = new Set(options.acceptorKnows ?? ['n1']);
  const acceptor = new AcceptorHandshake(
    { groupId: 'g1', selfId: 'n2', secret: SECRET, nonce: randomBytes(NONCE_BYTES) },
    (id) => known.has(id),
    options.cache ?? new NonceCache(),
  );
  return { dialer, acceptor, hello: dialer.start() };
}

/** The reply of a step that must continue. */
function reply(step: ReturnType<DialerHandshake['receive']>): Envelope {
  if (step.outcome !== 'continue') throw new Error(`expected to continue, got ${step.outcome}`);
  return step.reply;
}

function failedWith(step: ReturnType<DialerHandshake['receive']>): { code: HandshakeErrorCode; refused: boolean } | null {
  return step.outcome === 'failed' ? { code: step.error.code, refused: step.reply?.kind === 'refusal' } : null;
}

test('the honest exchange establishes both sides with each other\'s ids', (t) => {
  const { dialer, acceptor, hello } = sides();
  t.like(hello, { kind: 'hello', groupId: 'g1', memberId: 'n1', protocolVersion: PROTOCOL_VERSION });
  const challenge = reply(acceptor.receive(hello));
  t.is(challenge.kind, 'challenge');
  const proof = reply(dialer.receive(challenge));
  t.is(proof.kind, 'proof');
  const accepted = acceptor.receive(proof);
  t.like(accepted, { outcome: 'established', peerId: 'n1', reply: { kind: 'welcome' } });
  t.like(dialer.receive({ kind: 'welcome' }), { outcome: 'established', peerId: 'n2', reply: null });
});

test('wrong secret: the dialer refuses the acceptor\'s proof and never proves itself', (t) => {
  const { dialer, acceptor, hello } = sides({ dialerSecret: new Uint8Array(32).fill(1) });
  const step = dialer.receive(reply(acceptor.receive(hello)));
  t.deepEqual(failedWith(step), { code: 'TRANSPORT_HANDSHAKE_BAD_PROOF', refused: true });
});

test('wrong secret: the acceptor refuses a dialer proof made with another key', (t) => {
  const { acceptor, hello } = sides();
  reply(acceptor.receive(hello));
  const forged: Envelope = { kind: 'proof', proof: randomBytes(PROOF_BYTES) };
  t.deepEqual(failedWith(acceptor.receive(forged)), { code: 'TRANSPORT_HANDSHAKE_BAD_PROOF', refused: true });
});

test('wrong group: the acceptor refuses the Hello', (t) => {
  const { acceptor, hello } = sides({ dialerGroup: 'g2' });
  t.deepEqual(failedWith(acceptor.receive(hello)), { code: 'TRANSPORT_HANDSHAKE_WRONG_GROUP', refused: true });
});

test('wrong group: the dialer refuses a Challenge from another group', (t) => {
  const { dialer } = sides();
  const challenge: Envelope = { kind: 'challenge', groupId: 'g2', memberId: 'n2', nonce: randomBytes(NONCE_BYTES), proof: randomBytes(PROOF_BYTES) };
  t.deepEqual(failedWith(dialer.receive(challenge)), { code: 'TRANSPORT_HANDSHAKE_WRONG_GROUP', refused: true });
});

test('unknown member: the acceptor refuses a dialer it may not accept', (t) => {
  const { acceptor, hello } = sides({ acceptorKnows: ['n3'] });
  t.deepEqual(failedWith(acceptor.receive(hello)), { code: 'TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER', refused: true });
});

test('unknown member: the dialer refuses an answer from a member it did not dial', (t) => {
  const { dialer } = sides();
  const challenge: Envelope = { kind: 'challenge', groupId: 'g1', memberId: 'n3', nonce: randomBytes(NONCE_BYTES), proof: randomBytes(PROOF_BYTES) };
  t.deepEqual(failedWith(dialer.receive(challenge)), { code: 'TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER', refused: true });
});

test('another protocol version is refused', (t) => {
  const { acceptor, hello } = sides();
  t.deepEqual(failedWith(acceptor.receive({ ...hello, protocolVersion: PROTOCOL_VERSION + 1 } as Envelope)), {
    code: 'TRANSPORT_HANDSHAKE_VERSION',
    refused: true,
  });
});

test('a replayed Hello (same dialer nonce) is refused', (t) => {
  const cache = new NonceCache();
  const first = sides({ cache });
  reply(first.acceptor.receive(first.hello));
  const second = sides({ cache });
  t.deepEqual(failedWith(second.acceptor.receive(first.hello)), { code: 'TRANSPORT_HANDSHAKE_REPLAYED', refused: true });
});

test('a Proof recorded from an earlier connection does not verify on a new one', (t) => {
  const nonce = randomBytes(NONCE_BYTES);
  const first = sides({ dialerNonce: nonce });
  const recorded = reply(first.dialer.receive(reply(first.acceptor.receive(first.hello))));
  // Even with a fresh nonce cache (say, after a restart), the acceptor's new nonce defeats the replay.
  const second = sides({ dialerNonce: nonce });
  reply(second.acceptor.receive(second.hello));
  t.deepEqual(failedWith(second.acceptor.receive(recorded)), { code: 'TRANSPORT_HANDSHAKE_BAD_PROOF', refused: true });
});

test('the dialer refuses its own nonce reflected back', (t) => {
  const nonce = randomBytes(NONCE_BYTES);
  const { dialer } = sides({ dialerNonce: nonce });
  const challenge: Envelope = { kind: 'challenge', groupId: 'g1', memberId: 'n2', nonce, proof: randomBytes(PROOF_BYTES) };
  t.deepEqual(failedWith(dialer.receive(challenge)), { code: 'TRANSPORT_HANDSHAKE_REPLAYED', refused: true });
});

test('nonces of the wrong length are refused', (t) => {
  const { acceptor, hello } = sides();
  t.deepEqual(failedWith(acceptor.receive({ ...hello, nonce: new Uint8Array(4) } as Envelope)), { code: 'TRANSPORT_HANDSHAKE_BAD_PROOF', refused: true });
});

test('messages out of order are refused on both sides', (t) => {
  const outOfOrder = { code: 'TRANSPORT_HANDSHAKE_OUT_OF_ORDER', refused: true };
  t.deepEqual(failedWith(sides().acceptor.receive({ kind: 'proof', proof: randomBytes(PROOF_BYTES) })), outOfOrder);
  t.deepEqual(failedWith(sides().acceptor.receive({ kind: 'raftBatch', messages: [] })), outOfOrder);
  t.deepEqual(failedWith(sides().dialer.receive({ kind: 'welcome' })), outOfOrder);
  const { acceptor, hello } = sides();
  reply(acceptor.receive(hello));
  t.deepEqual(failedWith(acceptor.receive(hello)), outOfOrder, 'a second Hello');
});

test('after a failure, a side stays failed', (t) => {
  const { acceptor, hello } = sides({ dialerGroup: 'g2' });
  acceptor.receive(hello);
  t.deepEqual(failedWith(acceptor.receive(hello)), { code: 'TRANSPORT_HANDSHAKE_OUT_OF_ORDER', refused: true });
});

test('a Refusal ends the handshake without a reply', (t) => {
  t.deepEqual(failedWith(sides().dialer.receive({ kind: 'refusal', reason: 'X' })), { code: 'TRANSPORT_HANDSHAKE_REFUSED', refused: false });
  t.deepEqual(failedWith(sides().acceptor.receive({ kind: 'refusal', reason: 'X' })), { code: 'TRANSPORT_HANDSHAKE_REFUSED', refused: false });
});

test('the nonce cache forgets the oldest nonce first', (t) => {
  const cache = new NonceCache(2);
  const [a, b, c] = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([3])];
  t.true(cache.add(a));
  t.true(cache.add(b));
  t.false(cache.add(a));
  t.true(cache.add(c)); // forgets a
  t.false(cache.add(b));
  t.true(cache.add(a));
});

test('reconnect delays are jittered within [base/2, base], double per attempt and stay capped', (t) => {
  for (let attempt = 0; attempt < 40; attempt++) {
    const baseMs = Math.min(RECONNECT_BACKOFF_MAX_MS, RECONNECT_BACKOFF_MIN_MS * 2 ** attempt);
    t.is(reconnectDelayMs(attempt, 0), baseMs / 2);
    t.true(reconnectDelayMs(attempt, 0.999999) <= baseMs);
    t.true(reconnectDelayMs(attempt, 0.999999) >= baseMs / 2);
  }
  t.is(reconnectDelayMs(1, 0), RECONNECT_BACKOFF_MIN_MS);
  t.is(reconnectDelayMs(1000, 0.999999), RECONNECT_BACKOFF_MAX_MS);
});

test('refusal logging: one line per code per interval, reporting how many were held back', (t) => {
  const limit = new LogLimit(1000);
  t.is(limit.admit('A', 0), 0);
  t.is(limit.admit('A', 10), null);
  t.is(limit.admit('B', 20), 0, 'codes are limited separately');
  t.is(limit.admit('A', 999), null);
  t.is(limit.admit('A', 1000), 2);
  t.is(limit.admit('A', 1500), null);
});
