/**
 * Observability of the transport: counters (created with every key present, copied
 * for readers), per-peer traffic, and the diagnostics_channel channels that hot
 * paths publish to instead of logging.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import {
  FRAME_ERROR_CODES,
  type FrameErrorCode,
  HANDSHAKE_ERROR_CODES,
  type HandshakeErrorCode,
  PAGE_REQUEST_ERROR_CODES,
  type PageRequestErrorCode,
} from './errors.js';
import type { PeerState, TransportStats } from './transport.js';

/**
 * diagnostics_channel names: subscribers get `{ id, peer, reason, messages }` for
 * every drop, `{ id, peer, state, code }` when a peer connects or disconnects, and
 * a SnapshotChunkEvent for every snapshot chunk flushed or accepted.
 */
export const DROP_CHANNEL = 'shoal:transport:drop';
export const CONNECTION_CHANNEL = 'shoal:transport:connection';
export const SNAPSHOT_CHANNEL = 'shoal:transport:snapshot';
/** The channel objects behind those names. */
export const dropChannel = diagnosticsChannel.channel(DROP_CHANNEL);
export const connectionChannel = diagnosticsChannel.channel(CONNECTION_CHANNEL);
export const snapshotChannel = diagnosticsChannel.channel(SNAPSHOT_CHANNEL);

/** Published on SNAPSHOT_CHANNEL: member `id` flushed (`sent`) or accepted (`received`) a chunk of a snapshot to or from `peer`. */
export interface SnapshotChunkEvent {
  id: string;
  peer: string;
  direction: 'sent' | 'received';
  snapshotId: number;
  chunkIndex: number;
  chunkCount: number;
}

/** Publishes a SnapshotChunkEvent, if anyone listens (hot path: nothing is built otherwise). */
export function publishSnapshotChunk(
  id: string,
  peer: string,
  direction: SnapshotChunkEvent['direction'],
  snapshotId: number,
  chunkIndex: number,
  chunkCount: number,
): void {
  if (!snapshotChannel.hasSubscribers) return;
  const event: SnapshotChunkEvent = { id, peer, direction, snapshotId, chunkIndex, chunkCount };
  snapshotChannel.publish(event);
}

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
  /** Data bytes of a chunked snapshot to this peer not yet handed to the socket (not in queuedBytes). */
  snapshotBytesQueued: number;
}

/** Traffic counters at zero. */
export function emptyTraffic(): TrafficCounters {
  return { framesSent: 0, bytesSent: 0, framesReceived: 0, bytesReceived: 0 };
}

/** Counts one frame the kernel took: in the transport's totals and the connection's traffic. */
export function countFrameSent(stats: TransportStats, traffic: TrafficCounters, bytes: number, messages: number): void {
  stats.framesSent += 1;
  stats.bytesSent += bytes;
  stats.messagesSent += messages;
  traffic.framesSent += 1;
  traffic.bytesSent += bytes;
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
    messagesDropped: { queueFull: 0, noConnection: 0, unknownPeer: 0, frameTooLarge: 0, snapshotTooLarge: 0, snapshotBusy: 0, connectionLost: 0 },
    connectionsEstablished: 0,
    connectionsLost: 0,
    connectionsRejected: 0,
    dialFailures: 0,
    handshakeFailures: Object.fromEntries(HANDSHAKE_ERROR_CODES.map((code) => [code, 0])) as Record<HandshakeErrorCode, number>,
    frameErrors: Object.fromEntries(FRAME_ERROR_CODES.map((code) => [code, 0])) as Record<FrameErrorCode, number>,
    protocolViolations: 0,
    snapshotChunksSent: 0,
    snapshotChunksReceived: 0,
    snapshotsAbandoned: 0,
    pageRequestsSent: 0,
    pageRequestsSucceeded: 0,
    pageRequestErrors: Object.fromEntries(PAGE_REQUEST_ERROR_CODES.map((code) => [code, 0])) as Record<PageRequestErrorCode, number>,
    pageRequestsRemoteErrors: 0,
    pageResponsesIgnored: 0,
    pageRequestsServed: 0,
    pageRequestsServedWithError: 0,
    pageAnswersDropped: 0,
  };
}

/** A deep copy, so a reader cannot change the live counters. */
export function copyStats(stats: TransportStats): TransportStats {
  return {
    ...stats,
    messagesDropped: { ...stats.messagesDropped },
    handshakeFailures: { ...stats.handshakeFailures },
    frameErrors: { ...stats.frameErrors },
    pageRequestErrors: { ...stats.pageRequestErrors },
  };
}
