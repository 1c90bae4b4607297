/**
 * `--dial-via`: this member dials some peers at another address than the group's
 * replicated address book gives (a proxy or a NAT between them — the chaos
 * harness's fault-injecting proxies). The address book stays the same on every
 * member; only where this member's transport connects changes.
 */
import type { PeerTransport } from './driver.js';

/** `peers` with the overridden addresses put in. */
export function dialAddresses(peers: ReadonlyMap<string, string>, via: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...peers].map(([id, address]) => [id, via.get(id) ?? address]));
}

/** The transport, with its setPeers rewriting the addresses of the peers in `via`. */
export function dialingVia(transport: PeerTransport, via: ReadonlyMap<string, string>): PeerTransport {
  if (via.size === 0) return transport;
  return {
    send: (messages) => transport.send(messages),
    onMessage: (handler) => transport.onMessage(handler),
    onUnreachable: (handler) => transport.onUnreachable(handler),
    onSnapshotStatus: (handler) => transport.onSnapshotStatus(handler),
    setPeers: (peers) => transport.setPeers(dialAddresses(peers, via)),
  };
}
