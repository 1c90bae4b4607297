import { timingSafeEqual, createHash } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ADMIN_SERVICE_PATH } from './admin-service.js';
import { type UnaryMethod, serveUnary, writeConnectError } from './connect.js';
import type { ConnectionRegistry } from './connections.js';
import { DATA_PATH_PREFIX, type DataApi } from './data-api.js';
import { ShoalError, notFound } from './errors.js';
import { ADMIN_MAX_BODY_BYTES } from './limits.js';
import { answerBeforeBody, lingerIfBody } from './linger.js';

/** How long an idle keep-alive client connection stays open (clients reuse connections). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;
/** Bounds header size and count so a client cannot make the server buffer without limit. */
export const MAX_HEADER_BYTES = 16 * 1024;

export interface HttpRoutes {
  memberId: string;
  adminMethods: Record<string, UnaryMethod<unknown, unknown>>;
  /** The data API (`/v1/volumes/{name}/data`). */
  dataApi: DataApi | null;
  /** Tracks every client connection (ids, activity, moves). */
  connections: ConnectionRegistry | null;
  /** When set, admin calls need `Authorization: Bearer <token>`. */
  adminToken: string | null;
  metrics(): Promise<{ contentType: string; body: string }>;
  /** Ready once a leader is known and everything committed that we were told of is applied. */
  readiness(): { ready: boolean; reason: string };
}

/**
 * The client port: the admin API (Connect unary), metrics and health. Every
 * response names the member (`Shoal-Member`) so clients and tests see who answered.
 */
export function createClientServer(routes: HttpRoutes): Server {
  const server = createServer({ keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS, maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    res.setHeader('Shoal-Member', routes.memberId);
    routes.connections?.requestStarted(req, res);
    route(routes, req, res).catch((err: unknown) => {
      answerBeforeBody(req, res);
      writeConnectError(res, err);
    });
  });
  // A client that half-closes after its request still gets the answer (HTTP/1.1
  // allows it); by default node aborts the request when the client's FIN arrives.
  // (node's own switch for it, long-standing but missing from its typings.)
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // CONNECT is no method of ours: answer it rather than drop the socket unanswered.
  server.on('connect', (req: IncomingMessage, socket: Socket) => refuseConnect(routes.memberId, req, socket));
  if (routes.connections) {
    const registry = routes.connections;
    server.on('connection', (socket: Socket) => registry.accept(socket));
  }
  return server;
}

async function route(routes: HttpRoutes, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path.startsWith(DATA_PATH_PREFIX) && routes.dataApi) {
    const url = req.url ?? '/';
    const queryStart = url.indexOf('?');
    // The query alone: URLSearchParams is several times cheaper than a whole URL per request.
    await routes.dataApi.handle(req, res, path, new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1)));
    return;
  }
  if (path.startsWith(ADMIN_SERVICE_PATH)) {
    const name = path.slice(ADMIN_SERVICE_PATH.length);
    // Own properties only: "constructor" or "toString" are no methods of the service.
    const method = Object.hasOwn(routes.adminMethods, name) ? routes.adminMethods[name] : undefined;
    if (!method) {
      const known = Object.keys(routes.adminMethods).sort().join(', ');
      throw new ShoalError('unimplemented', `AdminService has no method "${name}"; it has: ${known}`);
    }
    checkAdminToken(routes.adminToken, req);
    await serveUnary(method, req, res, ADMIN_MAX_BODY_BYTES);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') throw notFound(`no route for ${req.method} ${path}`);
  lingerIfBody(req, res);
  switch (path) {
    case '/metrics': {
      const { contentType, body } = await routes.metrics();
      res.writeHead(200, { 'Content-Type': contentType });
      res.end(body);
      return;
    }
    case '/healthz':
      writeText(res, 200, 'ok\n');
      return;
    case '/readyz': {
      const { ready, reason } = routes.readiness();
      writeText(res, ready ? 200 : 503, `${ready ? 'ready' : 'not ready'}: ${reason}\n`);
      return;
    }
    default:
      throw notFound(`no route for GET ${path}; try /metrics, /healthz, /readyz or POST ${ADMIN_SERVICE_PATH}<Method>`);
  }
}

/** Answers a CONNECT with 405 and closes: the client port proxies nothing. */
function refuseConnect(memberId: string, req: IncomingMessage, socket: Socket): void {
  const body = JSON.stringify({ code: 'unimplemented', message: `${req.method} is not supported here; use GET, PUT or POST` });
  socket.on('error', () => {});
  socket.end(
    `HTTP/1.1 405 Method Not Allowed\r\nShoal-Member: ${memberId}\r\nAllow: GET, PUT, POST\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function writeText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function checkAdminToken(expected: string | null, req: IncomingMessage): void {
  if (expected === null) return;
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  // Compare digests so the comparison is constant-time whatever the lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  if (given === '' || !timingSafeEqual(a, b)) {
    throw new ShoalError('unauthenticated', 'admin calls need "Authorization: Bearer <token>" with the group\'s admin token');
  }
}

/** Listens and resolves with the bound port (port 0 picks a free one). */
export async function listen(server: Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Stops accepting, closes idle keep-alive connections, waits for the rest, and after `graceMs` closes them too. */
export async function closeServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // Busy keep-alive connections would hold the close open for as long as their clients send.
  const force = setTimeout(() => server.closeAllConnections(), graceMs);
  force.unref();
  await closed;
  clearTimeout(force);
}
