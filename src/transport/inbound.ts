/**
 * What an authenticated peer may send us: Raft messages from itself, to us, of a
 * type that travels. Anything else is a protocol violation and cuts the connection.
 */
import { LOCAL_MESSAGE_TYPES, type Message, type NodeId } from '../raft/types.js';
import { TransportError } from './errors.js';

/**
 * Checks a message received on `peerId`'s connection.
 * @throws TransportError TRANSPORT_PROTOCOL_VIOLATION naming what is wrong.
 */
export function checkFromPeer(m: Message, peerId: NodeId | null, selfId: NodeId): void {
  if (m.from !== peerId) throw violation(`message from "${m.from}" on ${peerId}'s connection`);
  if (m.to !== selfId) throw violation(`message to "${m.to}" delivered to ${selfId}`);
  // A peer must not inject local messages (MsgHup would force an election).
  if (LOCAL_MESSAGE_TYPES.has(m.type)) throw violation(`local message type ${m.type} from a peer`);
}

/** The error that cuts a connection whose peer broke the protocol; `message` says how. */
export function violation(message: string): TransportError {
  return new TransportError('TRANSPORT_PROTOCOL_VIOLATION', message);
}
