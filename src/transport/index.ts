/**
 * The peer transport: what other layers may import from src/transport/. The
 * connection, framing and handshake internals are exported for tests and tools
 * that speak the peer protocol; the server needs only the Transport interface,
 * TcpTransport, the page request types with PeerRequestError, and the stats types.
 */
export type { DropCounts, PageRequest, PageRequestHandler, PageRequestOptions, PeerState, Transport, TransportStats } from './transport.js';
export { TcpTransport } from './tcp-transport.js';
export { type TcpTransportOptions, type TransportLogger } from './options.js';
export { CONNECTION_CHANNEL, DROP_CHANNEL, SNAPSHOT_CHANNEL, type SnapshotChunkEvent, type TcpPeerState, type TrafficCounters } from './stats.js';
export { MemoryNetwork, MemoryTransport } from './memory-transport.js';
export {
  CONNECTION_ERROR_CODES,
  type ConnectionErrorCode,
  FRAME_ERROR_CODES,
  FrameError,
  type FrameErrorCode,
  HANDSHAKE_ERROR_CODES,
  HandshakeError,
  type HandshakeErrorCode,
  PAGE_ANSWER_ERROR_CODES,
  PAGE_REQUEST_ERROR_CODES,
  type PageAnswerErrorCode,
  type PageRequestErrorCode,
  PeerRequestError,
  TransportError,
  type TransportErrorCode,
} from './errors.js';
export { FrameDecoder, encodeFrame } from './frame.js';
export { type Envelope, type PageRequestFrame, type PageResponseFrame, type SnapshotChunk, decodeEnvelope, encodeEnvelope } from './envelope.js';
export { encodePageRequest, encodePageResponse } from './page-codec.js';
export { SnapshotReassembler, type PartialProgress, type ReassemblerOptions } from './snapshot-reassembler.js';
export { OutgoingSnapshot } from './snapshot-sender.js';
export { chunkBytesAt, chunkCountFor, encodeSnapshotChunk, encodeSnapshotHeader } from './snapshot-chunk.js';
export { AcceptorHandshake, DialerHandshake, NonceCache, type ProofDirection, type ProofInput, computeProof, verifyProof } from './handshake.js';
export { reconnectDelayMs } from './backoff.js';
export * from './constants.js';
