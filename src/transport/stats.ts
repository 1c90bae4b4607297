/**
 * Observability of the transport: counters (created with every key present, copied
 * for readers), per-peer traffic, and the diagnostics_channel channels that hot
 * paths publish to instead of logging.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import { FRAME_ERROR_CODES, type FrameErrorCode, HANDSHAKE_ERROR_CODES, type HandshakeErrorCode } from './errors.js';
import type { PeerState, TransportStats } from './transport.js';

/**
 * diagnostics_channel names: subscribers get `{ id, peer, reason, messages }` for
 * every drop, and `{ id, peer, state, code }` when a peer connects or disconnects.
 */
export const DROP_CHANNEL = 'shoal:transport:drop';
export const CONNECTION_CHANNEL = 'shoal:transport:connection';
/** The channel objects behind those names. */
export const dropChannel = diagnosticsChannel.channel(DROP_CHANNEL);
export const connectionChannel = diagnosticsChannel.channel(CONNECTION_CHANNEL);

/** Traffic of one connection or one peer, handshake frames included. */
export interface TrafficCounters {
  framesSent: number;
  bytesSent: number;
  framesReceived: number;
  bytesReceived: number;
}

/** A peer's state with its traffic counters, for per-peer metrics. */
export interface TcpPeerState extends PeerState, TrafficCounters {
  /** Messages to this peer dropped for any reason. */
  messagesDropped: number;
}

/** Traffic counters at zero. */
export function emptyTraffic(): TrafficCounters {
  return { framesSent: 0, bytesSent: 0, framesReceived: 0, bytesReceived: 0 };
}

/** Adds `from` into `into`. */
export function addTraffic(into: TrafficCounters, from: TrafficCounters): void {
  into.framesSent += from.framesSent;
  into.bytesSent += from.bytesSent;
  into.framesReceived += from.framesReceived;
  into.bytesReceived += from.bytesReceived;
}

/** All counters at zero, with a key for every code so exporters see every series. */
export function createStats(): TransportStats {
  return {
    framesSent: 0,
    bytesSent: 0,
    framesReceived: 0,
    bytesReceived: 0,
    messagesSent: 0,
    messagesReceived: 0,
    messagesDropped: { queueFull: 0, noConnection: 0, unknownPeer: 0, frameTooLarge: 0, connectionLost: 0 },
    connectionsEstablished: 0,
    connectionsLost: 0,
    connectionsRejected: 0,
    dialFailures: 0,
    handshakeFailures: Object.fromEntries(HANDSHAKE_ERROR_CODES.map((code) => [code, 0])) as Record<HandshakeErrorCode, number>,
    frameErrors: Object.fromEntries(FRAME_ERROR_CODES.map((code) => [code, 0])) as Record<FrameErrorCode, number>,
    protocolViolations: 0,
  };
}

/** A deep copy, so a reader cannot change the live counters. */
export function copyStats(stats: TransportStats): TransportStats {
  return {
    ...stats,
    messagesDropped: { ...stats.messagesDropped },
    handshakeFailures: { ...stats.handshakeFailures },
    frameErrors: { ...stats.frameErrors },
  };
}
