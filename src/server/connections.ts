/**
 * The connection registry: every client connection this member holds, with an id
 * the group can name it by ("n1-7"), what it has done (requests, bytes, which
 * members own the pages it touches), and the means to move it: the member that
 * holds a connection closes it — after the requests in flight, whose answers carry
 * `Connection: close` and `Shoal-Redirect: <new member>` — or at once when idle.
 * The client reconnects to the member it was pointed at (the SDK does; curl sees
 * the headers).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** The header that tells a client where to reconnect (DESIGN.md). */
export const REDIRECT_HEADER = 'Shoal-Redirect';
/** Sent with the redirect: the id of the connection being moved, for the client to name on reconnecting. */
export const MOVED_CONNECTION_HEADER = 'Shoal-Moved-Connection';
/**
 * Sent by a moved client on its new connection: the id of the connection it was
 * moved off, so the group knows the move's cooldown applies to this one too.
 */
export const MOVED_FROM_HEADER = 'Shoal-Moved-From';
/** A connection id: "<member id>-<number>". */
export const CONNECTION_ID_PATTERN = /^([a-z0-9][a-z0-9_-]{0,31})-(\d{1,15})$/;
/**
 * 4096 connections held by one member; more are closed at accept. A member serving
 * thousands of clients is past what one event loop does well, and the bound keeps
 * the registry (and ListConnections) small.
 */
export const CLIENT_CONNECTIONS_MAX = 4096;
/**
 * Moves of one batch are spread over up to 200 ms, so a plan that moves several
 * connections does not make all their clients reconnect in the same instant.
 */
export const MOVE_JITTER_MS_MAX = 200;
/**
 * 1 s: how long a moved connection with no request in flight waits for its next
 * request (to answer it with the redirect) before it is closed bare. Clients that
 * send requests back to back are caught well within it.
 */
export const IDLE_MOVE_GRACE_MS = 1_000;
/** 32 owners tracked per connection's locality: a group has a handful of members. */
const OWNERS_TRACKED_MAX = 32;

/** What the registry knows of one connection. */
export interface ClientConnectionInfo {
  id: string;
  remoteAddress: string;
  openedAtMs: number;
  requests: number;
  /** Data-API requests that reached the data path: the connection's work (admin calls and scrapes are not). */
  dataRequests: number;
  bytesIn: number;
  bytesOut: number;
  inFlight: number;
  bytesByOwner: Map<string, number>;
  /** Milliseconds its data requests waited for IO capacity (`--io-capacity`), summed. */
  ioWaitMs: number;
  movingTo: string | null;
  /** The connection the client was moved off before opening this one (Shoal-Moved-From), if it said. */
  movedFrom: string | null;
}

interface Entry extends Omit<ClientConnectionInfo, 'bytesIn' | 'bytesOut'> {
  socket: Socket;
  /** Answers not yet finished, so a move can mark the ones whose headers are unsent. */
  responses: Set<ServerResponse>;
  /** A move waiting for the connection's next request, and who hears how it ended. */
  idleTimer: NodeJS.Timeout | null;
  onMoved: ((outcome: MoveOutcome) => void) | null;
}

/** Outcome of applying one move on this member. */
export type MoveOutcome = 'redirected' | 'closed-idle' | 'gone';

/** See the module comment. */
export class ConnectionRegistry {
  private readonly bySocket = new Map<Socket, Entry>();
  private readonly byId = new Map<string, Entry>();
  private nextNumber = 1;

  constructor(private readonly memberId: string) {}

  /** Registers an accepted socket; false (and the socket destroyed) when the member holds CLIENT_CONNECTIONS_MAX. */
  accept(socket: Socket): boolean {
    if (this.byId.size >= CLIENT_CONNECTIONS_MAX) {
      socket.destroy();
      return false;
    }
    const entry: Entry = {
      id: `${this.memberId}-${this.nextNumber++}`,
      remoteAddress: `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`,
      openedAtMs: Date.now(),
      requests: 0,
      dataRequests: 0,
      inFlight: 0,
      bytesByOwner: new Map(),
      ioWaitMs: 0,
      movingTo: null,
      movedFrom: null,
      socket,
      responses: new Set(),
      idleTimer: null,
      onMoved: null,
    };
    this.bySocket.set(socket, entry);
    this.byId.set(entry.id, entry);
    socket.once('close', () => {
      this.bySocket.delete(socket);
      this.byId.delete(entry.id);
    });
    return true;
  }

  /** A request began on its connection: counted, and its answer tracked until it finishes. */
  requestStarted(req: IncomingMessage, res: ServerResponse): void {
    const entry = this.bySocket.get(req.socket);
    if (entry === undefined) return;
    entry.requests += 1;
    entry.inFlight += 1;
    entry.responses.add(res);
    // A connection being moved: this answer is its last, and carries the redirect.
    if (entry.movingTo !== null) {
      markLast(res, entry.movingTo, entry.id);
      this.settleMove(entry, 'redirected');
    }
    res.once('close', () => {
      entry.inFlight -= 1;
      entry.responses.delete(res);
    });
  }

  /** Counts a data request on `socket`'s connection (its work for the load monitor). */
  countDataRequest(socket: Socket): void {
    const entry = this.bySocket.get(socket);
    if (entry !== undefined) entry.dataRequests += 1;
  }

  /** Counts `bytes` of a data request on `socket`'s connection that landed on pages of `owner`. */
  countIo(socket: Socket, owner: string, bytes: number): void {
    const entry = this.bySocket.get(socket);
    if (entry === undefined) return;
    const known = entry.bytesByOwner.get(owner);
    if (known === undefined && entry.bytesByOwner.size >= OWNERS_TRACKED_MAX) return;
    entry.bytesByOwner.set(owner, (known ?? 0) + bytes);
  }

  /** Adds `ms` that a data request on `socket`'s connection waited for IO capacity. */
  countIoWait(socket: Socket, ms: number): void {
    const entry = this.bySocket.get(socket);
    if (entry !== undefined) entry.ioWaitMs += ms;
  }

  /** Records that the client on `socket` was moved off connection `previous` (the first one it names counts). */
  noteMovedFrom(socket: Socket, previous: string): void {
    const entry = this.bySocket.get(socket);
    if (entry !== undefined && entry.movedFrom === null) entry.movedFrom = previous;
  }

  /** Whether the request being handled on `socket` is its connection's first. */
  isFirstRequest(socket: Socket): boolean {
    return this.bySocket.get(socket)?.requests === 1;
  }

  /** The id of the connection `socket` belongs to, if registered. */
  idOf(socket: Socket): string | null {
    return this.bySocket.get(socket)?.id ?? null;
  }

  /** Every connection, sorted by id number. */
  list(): ClientConnectionInfo[] {
    return [...this.byId.values()]
      .sort((a, b) => idNumber(a.id) - idNumber(b.id))
      .map((e) => ({
        id: e.id,
        remoteAddress: e.remoteAddress,
        openedAtMs: e.openedAtMs,
        requests: e.requests,
        dataRequests: e.dataRequests,
        bytesIn: e.socket.bytesRead,
        bytesOut: e.socket.bytesWritten,
        inFlight: e.inFlight,
        bytesByOwner: new Map(e.bytesByOwner),
        ioWaitMs: e.ioWaitMs,
        movingTo: e.movingTo,
        movedFrom: e.movedFrom,
      }));
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * Moves connection `id` to the member at `toMemberUrl`, and reports how it went.
   * Answers not yet begun carry `Connection: close` and `Shoal-Redirect` and the
   * connection closes after them ('redirected'). A connection with nothing in flight
   * gets IDLE_MOVE_GRACE_MS for its next request, which is then answered the same
   * way: an active client is between two requests most of the time from the
   * server's side, and a redirect tells it where to go, where a bare close does
   * not. Only after the grace is it closed ('closed-idle'). 'gone' when this member
   * does not hold it (any more).
   */
  move(id: string, toMemberUrl: string, onOutcome: (outcome: MoveOutcome) => void): void {
    const entry = this.byId.get(id);
    if (entry === undefined || entry.socket.destroyed || entry.movingTo !== null) {
      onOutcome('gone');
      return;
    }
    entry.movingTo = toMemberUrl;
    entry.onMoved = onOutcome;
    entry.socket.once('close', () => this.settleMove(entry, 'gone'));
    if (entry.inFlight === 0) {
      entry.idleTimer = setTimeout(() => {
        entry.idleTimer = null;
        entry.socket.end();
        this.settleMove(entry, 'closed-idle');
      }, IDLE_MOVE_GRACE_MS);
      entry.idleTimer.unref();
      return;
    }
    for (const res of entry.responses) {
      if (!res.headersSent) markLast(res, toMemberUrl, entry.id);
      // An answer already under way finishes; then the connection ends.
      else res.once('finish', () => entry.socket.end());
    }
    this.settleMove(entry, 'redirected');
  }

  /** Reports a move's outcome once. */
  private settleMove(entry: Entry, outcome: MoveOutcome): void {
    const report = entry.onMoved;
    entry.onMoved = null;
    if (entry.idleTimer !== null) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
    report?.(outcome);
  }
}

/** Makes `res` the connection's last answer, naming where the client should go next and the connection it leaves. */
function markLast(res: ServerResponse, toMemberUrl: string, connectionId: string): void {
  if (res.headersSent) return;
  res.setHeader('Connection', 'close');
  res.setHeader(REDIRECT_HEADER, toMemberUrl);
  res.setHeader(MOVED_CONNECTION_HEADER, connectionId);
}

function idNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}
