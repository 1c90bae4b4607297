/**
 * What a TcpTransport keeps per peer: its address, its connections (the
 * authenticated one and our dial in progress), the reconnect state, and the
 * traffic of connections that already closed.
 */
import { TransportError } from './errors.js';
import type { PeerConnection } from './peer-connection.js';
import { type TcpPeerState, type TrafficCounters, addTraffic, emptyTraffic } from './stats.js';
import type { NodeId } from '../raft/types.js';

/** One peer as this member sees it. */
export interface PeerLink {
  id: NodeId;
  address: string;
  /** The authenticated connection, whoever dialed. */
  connection: PeerConnection | null;
  /** Our outbound attempt still in its handshake. */
  dialing: PeerConnection | null;
  /** Failed dials since the last success; drives the backoff. */
  attempt: number;
  retryTimer: NodeJS.Timeout | null;
  /** Traffic of this peer's connections that have closed; live ones are added when read. */
  traffic: TrafficCounters;
  messagesDropped: number;
}

/** A link with no connection yet. */
export function newLink(id: NodeId, address: string): PeerLink {
  return { id, address, connection: null, dialing: null, attempt: 0, retryTimer: null, traffic: emptyTraffic(), messagesDropped: 0 };
}

/** The link's state and counters, live connections included. */
export function linkState(link: PeerLink): TcpPeerState {
  const c = link.connection;
  const traffic = { ...link.traffic };
  for (const live of [link.connection, link.dialing]) if (live !== null) addTraffic(traffic, live.traffic);
  return {
    connected: c?.established ?? false,
    queuedFrames: c?.queuedFrames ?? 0,
    queuedBytes: c?.queuedBytes ?? 0,
    ...traffic,
    messagesDropped: link.messagesDropped,
    snapshotBytesQueued: c?.snapshotBytesQueued ?? 0,
  };
}

/**
 * Adds a closed connection's traffic and losses to the link, if the connection was
 * this peer's: strangers' traffic is not attributed to the member they claimed to be.
 */
export function foldClosed(link: PeerLink, connection: PeerConnection, lostMessages: number): void {
  if (!connection.wasEstablished && link.dialing !== connection) return;
  addTraffic(link.traffic, connection.traffic);
  link.messagesDropped += lostMessages;
}

/** Cancels the link's reconnect timer. */
export function clearRetry(link: PeerLink): void {
  if (link.retryTimer !== null) clearTimeout(link.retryTimer);
  link.retryTimer = null;
}

/** Closes the link's connections and cancels its retry; what follows is up to the caller. */
export function stopLink(link: PeerLink, why: string): void {
  clearRetry(link);
  const reason = new TransportError('TRANSPORT_PEER_REMOVED', why);
  link.connection?.close(reason);
  link.dialing?.close(reason);
  link.connection = null;
  link.dialing = null;
}
