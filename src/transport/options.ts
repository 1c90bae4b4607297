/**
 * Validation of TcpTransport options, once, up front (STYLE.md, habit 9): a bad
 * value fails at construction with a message that names the option.
 */
import type { NodeId } from '../raft/types.js';
import { ID_BYTES_MAX, SECRET_BYTES_MIN } from './constants.js';

/** Where the transport writes connection events; pino's loggers fit. Silent when not given. */
export interface TransportLogger {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

/** The logger used when none is given. */
export const SILENT_LOGGER: TransportLogger = { info() {}, warn() {} };

/** How to run a TcpTransport. */
export interface TcpTransportOptions {
  /** This member's id. */
  id: NodeId;
  /** The group both sides must agree on in the handshake. */
  groupId: string;
  /** The group's shared secret (at least SECRET_BYTES_MIN bytes): the HMAC key of the handshake. */
  secret: Uint8Array;
  listenHost: string;
  /** 0 picks a free port; read it from `port()` after start(). */
  listenPort: number;
  /** The other members and their `host:port` peer addresses. */
  peers: Map<NodeId, string>;
  logger?: TransportLogger;
  /** Defaults to HANDSHAKE_TIMEOUT_MS; tests shorten it. */
  handshakeTimeoutMs?: number;
}

/** Throws RangeError naming the first invalid option. */
export function validateOptions(options: TcpTransportOptions): void {
  checkId('id', options.id);
  checkId('groupId', options.groupId);
  if (!(options.secret instanceof Uint8Array) || options.secret.byteLength < SECRET_BYTES_MIN) {
    throw new RangeError(`transport option secret: must be at least ${SECRET_BYTES_MIN} bytes`);
  }
  if (typeof options.listenHost !== 'string' || options.listenHost === '') {
    throw new RangeError('transport option listenHost: must be a host name or address');
  }
  if (!Number.isInteger(options.listenPort) || options.listenPort < 0 || options.listenPort > 65535) {
    throw new RangeError(`transport option listenPort: must be an integer in [0, 65535], got ${options.listenPort}`);
  }
  const timeoutMs = options.handshakeTimeoutMs;
  if (timeoutMs !== undefined && (!Number.isInteger(timeoutMs) || timeoutMs <= 0)) {
    throw new RangeError(`transport option handshakeTimeoutMs: must be a positive integer, got ${timeoutMs}`);
  }
  for (const [id, address] of options.peers) {
    checkId(`peers (id)`, id);
    try {
      parseAddress(address);
    } catch (error) {
      throw new RangeError(`transport option peers: ${id}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** Splits `host:port` (IPv6 hosts in brackets: `[::1]:7101`). @throws RangeError when malformed. */
export function parseAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(address);
  const port = match === null ? NaN : Number(match[3]);
  if (match === null || port < 1 || port > 65535) throw new RangeError(`"${address}" is not a host:port address`);
  return { host: (match[1] ?? match[2])!, port };
}

function checkId(name: string, value: string): void {
  if (typeof value !== 'string' || value === '' || Buffer.byteLength(value, 'utf8') > ID_BYTES_MAX) {
    throw new RangeError(`transport option ${name}: must be a non-empty string of at most ${ID_BYTES_MAX} bytes`);
  }
}
