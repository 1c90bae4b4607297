/**
 * The authenticated handshake: mutual HMAC-SHA256 challenge–response keyed by the
 * group's secret.
 *
 *   dialer → Hello { group, dialer id, dialer nonce, version }
 *   acceptor → Challenge { group, acceptor id, acceptor nonce, proof("acceptor") }
 *   dialer → Proof { proof("dialer") }          (only after the acceptor's proof verified)
 *   acceptor → Welcome
 *
 * Each proof binds the group id, both member ids, both fresh nonces and a direction
 * label, so a proof is valid for exactly one connection and one direction: it cannot
 * be replayed on another connection (the other side's nonce differs) or reflected
 * back at its sender (the label differs). The dialer proves itself only to an
 * acceptor that proved itself first, so a stranger acceptor gains no oracle.
 *
 * The two sides are small state machines without IO: they take a decoded envelope
 * and return what to send and whether the handshake is done, so they are unit-tested
 * without sockets. Nonces are passed in (the connection draws them from randomBytes).
 */
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NodeId } from '../raft/types.js';
import { NONCE_BYTES, PROTOCOL_VERSION, SEEN_NONCES_MAX } from './constants.js';
import type { Envelope, Refusal } from './envelope.js';
import { HandshakeError, type HandshakeErrorCode } from './errors.js';

/** Which side a proof speaks for. */
export type ProofDirection = 'dialer' | 'acceptor';

/** Everything a proof binds besides the secret and the direction. */
export interface ProofInput {
  groupId: string;
  dialerId: NodeId;
  acceptorId: NodeId;
  dialerNonce: Uint8Array;
  acceptorNonce: Uint8Array;
}

/**
 * HMAC-SHA256(secret, label ‖ each field length-prefixed). Length prefixes make the
 * encoding unambiguous: no two different inputs produce the same bytes.
 */
export function computeProof(secret: Uint8Array, direction: ProofDirection, input: ProofInput): Uint8Array {
  const hmac = createHmac('sha256', secret);
  for (const part of [
    `shoal.peer.v1 handshake ${direction}`,
    input.groupId,
    input.dialerId,
    input.acceptorId,
    input.dialerNonce,
    input.acceptorNonce,
  ]) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32BE(bytes.byteLength, 0);
    hmac.update(length);
    hmac.update(bytes);
  }
  return new Uint8Array(hmac.digest());
}

/** Whether `proof` is the expected proof, compared in constant time. */
export function verifyProof(secret: Uint8Array, direction: ProofDirection, input: ProofInput, proof: Uint8Array): boolean {
  const expected = computeProof(secret, direction, input);
  // timingSafeEqual throws on unequal lengths; the length is public (always 32).
  return proof.byteLength === expected.byteLength && timingSafeEqual(proof, expected);
}

/**
 * What a handshake step asks the connection to do: send `reply` (if any), then
 * either keep waiting, start carrying Raft traffic with `peerId` (`established`),
 * or cut the connection (`error`).
 */
export type HandshakeStep =
  | { outcome: 'continue'; reply: Envelope }
  | { outcome: 'established'; peerId: NodeId; reply: Envelope | null }
  | { outcome: 'failed'; error: HandshakeError; reply: Refusal | null };

/** The part of the handshake both sides know before it starts. */
export interface HandshakeParams {
  groupId: string;
  selfId: NodeId;
  secret: Uint8Array;
  /** This side's fresh nonce, NONCE_BYTES long. */
  nonce: Uint8Array;
}

/** The dialer's side: sends Hello, verifies the Challenge, answers Proof, waits for Welcome. */
export class DialerHandshake {
  private state: 'new' | 'awaitChallenge' | 'awaitWelcome' | 'done' = 'new';

  constructor(
    private readonly params: HandshakeParams,
    /** The member this side dialed; the acceptor must prove it is that member. */
    private readonly expectedPeerId: NodeId,
  ) {
    assert.equal(params.nonce.byteLength, NONCE_BYTES, 'a handshake nonce is NONCE_BYTES long');
  }

  /** The opening Hello. */
  start(): Envelope {
    assert.equal(this.state, 'new', 'DialerHandshake.start called twice');
    this.state = 'awaitChallenge';
    const { groupId, selfId, nonce } = this.params;
    return { kind: 'hello', groupId, memberId: selfId, nonce, protocolVersion: PROTOCOL_VERSION };
  }

  /** The next step after receiving `envelope`. */
  receive(envelope: Envelope): HandshakeStep {
    if (envelope.kind === 'refusal') return this.fail('TRANSPORT_HANDSHAKE_REFUSED', `refused by the acceptor: ${envelope.reason}`, false);
    if (this.state === 'awaitChallenge' && envelope.kind === 'challenge') {
      const { groupId, selfId, secret, nonce } = this.params;
      if (envelope.groupId !== groupId) return this.fail('TRANSPORT_HANDSHAKE_WRONG_GROUP', `acceptor is in group "${envelope.groupId}"`);
      if (envelope.memberId !== this.expectedPeerId) {
        return this.fail('TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER', `dialed ${this.expectedPeerId} but "${envelope.memberId}" answered`);
      }
      if (envelope.nonce.byteLength !== NONCE_BYTES) return this.fail('TRANSPORT_HANDSHAKE_BAD_PROOF', 'acceptor nonce has the wrong length');
      if (timingSafeEqualBytes(envelope.nonce, nonce)) return this.fail('TRANSPORT_HANDSHAKE_REPLAYED', 'acceptor reflected our nonce');
      const input = { groupId, dialerId: selfId, acceptorId: this.expectedPeerId, dialerNonce: nonce, acceptorNonce: envelope.nonce };
      if (!verifyProof(secret, 'acceptor', input, envelope.proof)) return this.fail('TRANSPORT_HANDSHAKE_BAD_PROOF', 'acceptor proof does not verify');
      this.state = 'awaitWelcome';
      return { outcome: 'continue', reply: { kind: 'proof', proof: computeProof(secret, 'dialer', input) } };
    }
    if (this.state === 'awaitWelcome' && envelope.kind === 'welcome') {
      this.state = 'done';
      return { outcome: 'established', peerId: this.expectedPeerId, reply: null };
    }
    return this.fail('TRANSPORT_HANDSHAKE_OUT_OF_ORDER', `unexpected ${envelope.kind} while in ${this.state}`);
  }

  private fail(code: HandshakeErrorCode, message: string, refuse = true): HandshakeStep {
    this.state = 'done';
    return { outcome: 'failed', error: new HandshakeError(code, message), reply: refuse ? { kind: 'refusal', reason: code } : null };
  }
}

/** The acceptor's side: answers Hello with a Challenge, verifies the Proof, sends Welcome. */
export class AcceptorHandshake {
  private state: 'awaitHello' | 'awaitProof' | 'done' = 'awaitHello';
  private input: ProofInput | null = null;

  constructor(
    private readonly params: HandshakeParams,
    /** Whether `memberId` may dial this member (a known peer whose turn it is to dial). */
    private readonly mayDial: (memberId: NodeId) => boolean,
    /** Dialer nonces seen recently, shared by all connections of this member. */
    private readonly seenNonces: NonceCache,
  ) {
    assert.equal(params.nonce.byteLength, NONCE_BYTES, 'a handshake nonce is NONCE_BYTES long');
  }

  /** The next step after receiving `envelope`. */
  receive(envelope: Envelope): HandshakeStep {
    if (envelope.kind === 'refusal') return this.fail('TRANSPORT_HANDSHAKE_REFUSED', `refused by the dialer: ${envelope.reason}`, false);
    if (this.state === 'awaitHello' && envelope.kind === 'hello') {
      const { groupId, selfId, secret, nonce } = this.params;
      if (envelope.protocolVersion !== PROTOCOL_VERSION) {
        return this.fail('TRANSPORT_HANDSHAKE_VERSION', `dialer speaks version ${envelope.protocolVersion}, not ${PROTOCOL_VERSION}`);
      }
      if (envelope.groupId !== groupId) return this.fail('TRANSPORT_HANDSHAKE_WRONG_GROUP', `dialer is in group "${envelope.groupId}"`);
      if (!this.mayDial(envelope.memberId)) return this.fail('TRANSPORT_HANDSHAKE_UNKNOWN_MEMBER', `"${envelope.memberId}" may not dial ${selfId}`);
      if (envelope.nonce.byteLength !== NONCE_BYTES) return this.fail('TRANSPORT_HANDSHAKE_BAD_PROOF', 'dialer nonce has the wrong length');
      if (!this.seenNonces.add(envelope.nonce)) return this.fail('TRANSPORT_HANDSHAKE_REPLAYED', 'dialer nonce was seen before');
      if (timingSafeEqualBytes(envelope.nonce, nonce)) return this.fail('TRANSPORT_HANDSHAKE_REPLAYED', 'dialer reflected our nonce');
      this.input = { groupId, dialerId: envelope.memberId, acceptorId: selfId, dialerNonce: envelope.nonce, acceptorNonce: nonce };
      this.state = 'awaitProof';
      const proof = computeProof(secret, 'acceptor', this.input);
      return { outcome: 'continue', reply: { kind: 'challenge', groupId, memberId: selfId, nonce, proof } };
    }
    if (this.state === 'awaitProof' && envelope.kind === 'proof' && this.input !== null) {
      if (!verifyProof(this.params.secret, 'dialer', this.input, envelope.proof)) {
        return this.fail('TRANSPORT_HANDSHAKE_BAD_PROOF', 'dialer proof does not verify');
      }
      this.state = 'done';
      return { outcome: 'established', peerId: this.input.dialerId, reply: { kind: 'welcome' } };
    }
    return this.fail('TRANSPORT_HANDSHAKE_OUT_OF_ORDER', `unexpected ${envelope.kind} while in ${this.state}`);
  }

  private fail(code: HandshakeErrorCode, message: string, refuse = true): HandshakeStep {
    this.state = 'done';
    return { outcome: 'failed', error: new HandshakeError(code, message), reply: refuse ? { kind: 'refusal', reason: code } : null };
  }
}

/**
 * The most recent dialer nonces, oldest forgotten first. Bounded by `capacity`
 * (SEEN_NONCES_MAX by default) so a flood of Hellos costs fixed memory.
 */
export class NonceCache {
  private readonly seen = new Set<string>();
  private readonly order: string[] = [];
  private next = 0;

  constructor(private readonly capacity: number = SEEN_NONCES_MAX) {}

  /** Remembers `nonce`; false if it was already remembered. */
  add(nonce: Uint8Array): boolean {
    const key = Buffer.from(nonce.buffer, nonce.byteOffset, nonce.byteLength).toString('base64');
    if (this.seen.has(key)) return false;
    if (this.order.length < this.capacity) {
      this.order.push(key);
    } else {
      // A ring: overwrite the oldest.
      this.seen.delete(this.order[this.next]!);
      this.order[this.next] = key;
      this.next = (this.next + 1) % this.capacity;
    }
    this.seen.add(key);
    return true;
  }
}

function timingSafeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}
