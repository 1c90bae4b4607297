/**
 * The HTTP data API (DESIGN.md): `PUT /v1/volumes/{name}/data?offset=O` and
 * `GET /v1/volumes/{name}/data?offset=O&length=L` or with `Range: bytes=a-b`.
 * Everything about the request is checked before any byte is read or written, so a
 * bad request changes nothing; a body declared too large is refused before it is
 * read (and the connection closed, rather than reading what we refused).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Volume, checkVolumeName } from '../cluster/index.js';
import { HttpStatusError, readBody } from './connect.js';
import { CONNECTION_ID_PATTERN, type ConnectionRegistry, MOVED_FROM_HEADER, REDIRECT_HEADER } from './connections.js';
import { PLACED_PARAM, type Placement } from './placement.js';
import type { DataPath, RequestAccount } from './data-path.js';
import { ShoalError, invalidArgument, notFound, unavailable } from './errors.js';
import { DATA_BYTES_INFLIGHT_MAX, DATA_REQUESTS_INFLIGHT_MAX } from './limits.js';
import { answerBeforeBody, lingerIfBody } from './linger.js';
import { type ByteRange, parseRangeHeader } from './range.js';

/** The data API's paths all start here. */
export const DATA_PATH_PREFIX = '/v1/';
const VOLUME_DATA_PATH = /^\/v1\/volumes\/([^/]+)\/data$/;
const ALLOWED_METHODS = 'GET, PUT';
/** Sent with a refusal of a request as too large: the limit, so a client can split to it. */
export const MAX_REQUEST_BYTES_HEADER = 'Shoal-Max-Request-Bytes';

/** Serves the data API; one per member. */
export class DataApi {
  private requestsInFlight = 0;
  private bytesInFlight = 0;

  constructor(
    private readonly dataPath: DataPath,
    /** The largest PUT body or GET length. */
    private readonly requestBytesMax: number,
    /** Told of every answered request (metrics). */
    private readonly observe: (method: string, status: number, seconds: number) => void = () => {},
    /** Told where each connection's bytes land (its locality). */
    private readonly connections: ConnectionRegistry | null = null,
    /** Where new connections go (none: served here). */
    private readonly placement: Placement | null = null,
  ) {}

  /** Handles a request whose path starts with DATA_PATH_PREFIX; errors are thrown for the caller to write. */
  async handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    const startedMs = performance.now();
    res.once('finish', () => this.observe(req.method ?? '', res.statusCode, (performance.now() - startedMs) / 1000));
    const match = VOLUME_DATA_PATH.exec(path);
    if (!match) throw notFound(`no route for ${req.method} ${path}; the data API is /v1/volumes/{name}/data`);
    const name = volumeName(match[1]!);
    if (req.method !== 'GET' && req.method !== 'PUT') {
      res.setHeader('Allow', ALLOWED_METHODS);
      answerBeforeBody(req, res);
      throw new HttpStatusError(405, 'unimplemented', `${req.method} is not allowed on ${path}; use GET or PUT`);
    }
    // A client moved here was sent by the group: it is served, never placed again.
    if (!this.noteMovedFrom(req) && this.placeElsewhere(req, res, path, query)) return;
    const declaredBytes = req.method === 'PUT' ? declaredBodyBytes(req, res, this.requestBytesMax) : 0;
    checkQuery(query, req.method === 'PUT' ? ['offset', PLACED_PARAM] : ['offset', 'length', PLACED_PARAM]);
    const volume = await this.dataPath.volume(name);
    if (req.method === 'PUT') await this.put(req, res, query, volume, declaredBytes);
    else await this.get(req, res, query, volume);
  }

  private async put(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, volume: Volume, declaredBytes: number | null): Promise<void> {
    const offset = requiredInteger(query, 'offset');
    if (declaredBytes !== null) checkWithin(volume, offset, declaredBytes, res, req);
    await this.admit(declaredBytes ?? this.requestBytesMax, async () => {
      const body = await readBodyOrTooLarge(req, res, this.requestBytesMax);
      checkWithin(volume, offset, body.byteLength, res, req);
      if (body.byteLength > 0) await this.dataPath.write(volume, offset, body, this.accountFor(req));
      res.writeHead(204);
      res.end();
    });
  }

  private async get(req: IncomingMessage, res: ServerResponse, query: URLSearchParams, volume: Volume): Promise<void> {
    lingerIfBody(req, res);
    const range = readRange(req, query, volume, res);
    if (range.length > this.requestBytesMax) {
      res.setHeader(MAX_REQUEST_BYTES_HEADER, this.requestBytesMax);
      throw invalidArgument(`a read of ${range.length} bytes is over the ${this.requestBytesMax} bytes one request may read; split it`);
    }
    await this.admit(range.length, async () => {
      const bytes = await this.dataPath.read(volume, range.offset, range.length, this.accountFor(req));
      const headers: Record<string, string | number> = { 'Content-Type': 'application/octet-stream', 'Content-Length': bytes.byteLength };
      if (range.fromHeader) headers['Content-Range'] = `bytes ${range.offset}-${range.offset + range.length - 1}/${volume.sizeBytes}`;
      res.writeHead(range.fromHeader ? 206 : 200, headers);
      res.end(bytes);
    });
  }

  /**
   * A new connection's first request, when placement picks another member: answered
   * 307 with the same request on that member (marked as placed, so it is served
   * there) and Shoal-Redirect, and the connection closes (its body is not read).
   */
  /**
   * A client that was moved off another connection names it (Shoal-Moved-From) on
   * its new one; recorded so the move's cooldown follows the client. True when named.
   */
  private noteMovedFrom(req: IncomingMessage): boolean {
    const value = req.headers[MOVED_FROM_HEADER.toLowerCase()];
    if (value === undefined) return false;
    if (typeof value !== 'string' || !CONNECTION_ID_PATTERN.test(value)) {
      throw invalidArgument(`${MOVED_FROM_HEADER} "${String(value)}" is not a connection id like n1-7`);
    }
    this.connections?.noteMovedFrom(req.socket, value);
    return true;
  }

  private placeElsewhere(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): boolean {
    if (this.placement === null || query.has(PLACED_PARAM) || !this.connections?.isFirstRequest(req.socket)) return false;
    const target = this.placement.choose();
    if (target === null) return false;
    const placed = new URLSearchParams(query);
    placed.set(PLACED_PARAM, '1');
    const body = JSON.stringify({ code: 'redirect', message: `new connections are placed on ${target}` });
    res.writeHead(307, {
      Location: `${target}${path}?${placed.toString()}`,
      [REDIRECT_HEADER]: target,
      Connection: 'close',
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(body);
    return true;
  }

  /** Counts the data request on its connection, and hears where its bytes land. */
  private accountFor(req: IncomingMessage): RequestAccount | undefined {
    const registry = this.connections;
    if (!registry) return undefined;
    registry.countDataRequest(req.socket);
    return {
      landed: (owner, bytes) => registry.countIo(req.socket, owner, bytes),
      waitedForIo: (ms) => registry.countIoWait(req.socket, ms),
    };
  }

  /** Runs `work` if the member has room for one more request of `bytes`; else `unavailable` at once. */
  private async admit(bytes: number, work: () => Promise<void>): Promise<void> {
    if (this.requestsInFlight >= DATA_REQUESTS_INFLIGHT_MAX || this.bytesInFlight + bytes > DATA_BYTES_INFLIGHT_MAX) {
      throw unavailable(`this member is serving ${this.requestsInFlight} requests (${this.bytesInFlight} bytes), its most; retry`);
    }
    this.requestsInFlight += 1;
    this.bytesInFlight += bytes;
    try {
      await work();
    } finally {
      this.requestsInFlight -= 1;
      this.bytesInFlight -= bytes;
    }
  }
}

function volumeName(encoded: string): string {
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    throw invalidArgument(`volume name "${encoded}" is not valid percent-encoding`);
  }
  const invalid = checkVolumeName(name);
  if (invalid) throw invalidArgument(invalid.message);
  return name;
}

/** The declared body size, refused with 413 before reading when over the limit; null when chunked. */
function declaredBodyBytes(req: IncomingMessage, res: ServerResponse, maxBytes: number): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  const declared = Number(header);
  if (declared > maxBytes) {
    answerBeforeBody(req, res);
    res.setHeader(MAX_REQUEST_BYTES_HEADER, maxBytes);
    throw new HttpStatusError(413, 'resource_exhausted', `the body is ${declared} bytes, over the ${maxBytes} bytes one write may carry; split it`);
  }
  return declared;
}

async function readBodyOrTooLarge(req: IncomingMessage, res: ServerResponse, maxBytes: number): Promise<Buffer> {
  try {
    return await readBody(req, maxBytes);
  } catch (err) {
    if (err instanceof ShoalError && err.code === 'resource_exhausted') {
      answerBeforeBody(req, res);
      res.setHeader(MAX_REQUEST_BYTES_HEADER, maxBytes);
      throw new HttpStatusError(413, 'resource_exhausted', `${err.message}; split the write`);
    }
    throw err;
  }
}

/** Refuses unknown query parameters (a typo must not be silently ignored). */
function checkQuery(query: URLSearchParams, allowed: readonly string[]): void {
  for (const key of new Set(query.keys())) {
    if (!allowed.includes(key)) throw invalidArgument(`unknown query parameter "${key}"; this request takes ${allowed.join(' and ')}`);
    if (query.getAll(key).length > 1) throw invalidArgument(`query parameter "${key}" is given more than once`);
  }
}

function optionalInteger(query: URLSearchParams, key: string): number | null {
  const text = query.get(key);
  if (text === null) return null;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value)) throw invalidArgument(`${key} must be a whole number of bytes ≥ 0, got "${text}"`);
  return value;
}

function requiredInteger(query: URLSearchParams, key: string): number {
  const value = optionalInteger(query, key);
  if (value === null) throw invalidArgument(`${key} is required, e.g. ?${key}=0`);
  return value;
}

function checkWithin(volume: Volume, offset: number, length: number, res: ServerResponse, req: IncomingMessage): void {
  if (offset + length <= volume.sizeBytes) return;
  answerBeforeBody(req, res);
  throw new HttpStatusError(400, 'out_of_range', `bytes ${offset}..${offset + length} are past the end of volume "${volume.name}" (${volume.sizeBytes} bytes)`);
}

/** The range a GET asks for: from the query, or from a Range header (not both). */
function readRange(req: IncomingMessage, query: URLSearchParams, volume: Volume, res: ServerResponse): ByteRange & { fromHeader: boolean } {
  const header = req.headers.range;
  if (header !== undefined) {
    if (query.has('offset') || query.has('length')) {
      throw invalidArgument('give either a Range header or offset and length, not both');
    }
    const range = parseRangeHeader(header, volume.sizeBytes);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${volume.sizeBytes}`);
      throw new HttpStatusError(416, 'out_of_range', `Range "${header}" is outside volume "${volume.name}" (${volume.sizeBytes} bytes)`);
    }
    return { ...range, fromHeader: true };
  }
  const offset = requiredInteger(query, 'offset');
  const length = requiredInteger(query, 'length');
  checkWithin(volume, offset, length, res, req);
  return { offset, length, fromHeader: false };
}

