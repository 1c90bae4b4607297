import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONNECT_CODE_HTTP_STATUS, ShoalError, invalidArgument } from './errors.js';

/**
 * Connect protocol unary calls over HTTP/1.1 (connectrpc.com/docs/protocol):
 * `POST /<package>.<Service>/<Method>` with `application/proto` or
 * `application/json` bodies; errors as JSON `{code, message}` with the code's
 * HTTP status. Just the unary subset the admin API needs, on node:http.
 */

/** The parts of a protobufjs static message class a method needs. */
export interface MessageClass<T> {
  decode(bytes: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options?: Record<string, unknown>): Record<string, unknown>;
  prototype: object;
}

export interface UnaryMethod<Req, Res> {
  requestType: MessageClass<Req>;
  responseType: MessageClass<Res>;
  handle(request: Req, context: CallContext): Promise<Res>;
}

export interface CallContext {
  headers: IncomingMessage['headers'];
}

type Codec = 'proto' | 'json';

/** JSON output as the proto3 JSON mapping has it: enum names, 64-bit integers as strings, bytes as base64. */
const JSON_OUTPUT_OPTIONS = { longs: String, enums: String, bytes: String, defaults: true };

export async function serveUnary<Req, Res>(
  method: UnaryMethod<Req, Res>,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  let codec: Codec;
  try {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      throw new HttpStatusError(405, 'unimplemented', `method ${req.method} not allowed: Connect unary calls use POST`);
    }
    codec = codecOf(req.headers['content-type']);
    const version = req.headers['connect-protocol-version'];
    if (version !== undefined && version !== '1') {
      throw invalidArgument(`connect-protocol-version must be "1", got "${String(version)}"`);
    }
    const body = await readBody(req, maxBodyBytes);
    const request = decodeRequest(method.requestType, codec, body);
    const response = await method.handle(request, { headers: req.headers });
    const payload =
      codec === 'proto'
        ? method.responseType.encode(response).finish()
        : Buffer.from(JSON.stringify(method.responseType.toObject(response, JSON_OUTPUT_OPTIONS)));
    res.writeHead(200, { 'Content-Type': `application/${codec}`, 'Content-Length': payload.byteLength });
    res.end(payload);
  } catch (err) {
    writeConnectError(res, err);
  }
}

/** A failure that must use a specific HTTP status (415, 405) besides its Connect code. */
export class HttpStatusError extends ShoalError {
  constructor(
    readonly status: number,
    code: ShoalError['code'],
    message: string,
  ) {
    super(code, message);
  }
}

export function writeConnectError(res: ServerResponse, err: unknown): void {
  const shoal = err instanceof ShoalError ? err : new ShoalError('internal', `internal error: ${String(err)}`);
  const status = shoal instanceof HttpStatusError ? shoal.status : CONNECT_CODE_HTTP_STATUS[shoal.code];
  const body = JSON.stringify({ code: shoal.code, message: shoal.message });
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (shoal.code === 'unavailable') res.setHeader('Retry-After', '1');
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function codecOf(contentType: string | undefined): Codec {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/proto') return 'proto';
  if (type === 'application/json') return 'json';
  throw new HttpStatusError(
    415,
    'unimplemented',
    `content-type "${contentType ?? ''}" is not supported: use application/proto or application/json`,
  );
}

/**
 * Reads the whole body, refusing it as soon as it passes `maxBytes`. Plain
 * 'data'/'end' listeners rather than `for await`: an admin body is one small chunk,
 * and the async iterator's machinery cost more per call than the read itself.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    return Promise.reject(new ShoalError('resource_exhausted', `request body of ${declared} bytes is over the ${maxBytes}-byte limit`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > maxBytes) {
        // Stop keeping it; the rest of the body is read and discarded while the error is answered.
        req.off('data', onData);
        chunks.length = 0;
        reject(new ShoalError('resource_exhausted', `request body is over the ${maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)));
    req.once('error', reject);
    // A client that goes away mid-body: 'close' without 'end'. After 'end' there is
    // nothing to reject, and building an Error (a stack trace) per request is not free.
    req.once('close', () => {
      if (!req.complete) reject(new ShoalError('canceled', 'the request was closed before its body was read'));
    });
  });
}

function decodeRequest<Req>(type: MessageClass<Req>, codec: Codec, body: Buffer): Req {
  if (codec === 'proto') {
    try {
      return type.decode(body);
    } catch (err) {
      throw invalidArgument(`request body is not a valid protobuf message: ${(err as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw invalidArgument(`request body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidArgument('request body must be a JSON object');
  }
  const object = normalizeKeys(parsed as Record<string, unknown>, type);
  let message: Req;
  try {
    message = type.fromObject(object);
  } catch (err) {
    throw invalidArgument(`request body has a field of the wrong type: ${(err as Error).message}`);
  }
  // protobufjs's fromObject coerces ("1e9" becomes 1, 123 becomes "123", 65536.5
  // becomes 65536): a value that does not come back as it was sent is refused.
  const mismatch = firstMismatch(object, type.toObject(message, JSON_ECHO_OPTIONS), '');
  if (mismatch !== null) throw invalidArgument(`request body field ${mismatch} is not a valid value of its type (proto3 JSON)`);
  return message;
}

/** How a decoded request is turned back into JSON to compare with what was sent: numbers as numbers, enums by name. */
const JSON_ECHO_OPTIONS = { longs: Number, enums: String, bytes: String, defaults: false };

/** Nesting checked at most; deeper values are taken as decoded (admin requests are shallow). */
const ECHO_DEPTH_MAX = 16;

/**
 * The path of the first value of `sent` that `decoded` (the same request through
 * fromObject and toObject) does not hold as sent, or null. Integers may be sent as
 * decimal strings (proto3 JSON); a field sent with its default value may be absent.
 */
function firstMismatch(sent: unknown, decoded: unknown, path: string, depth = 0): string | null {
  if (depth > ECHO_DEPTH_MAX) return null;
  if (decoded === undefined) return isDefaultValue(sent) ? null : path || '(body)';
  if (Array.isArray(sent)) {
    if (!Array.isArray(decoded) || decoded.length !== sent.length) return path;
    for (let i = 0; i < sent.length; i++) {
      const inner = firstMismatch(sent[i], decoded[i], `${path}[${i}]`, depth + 1);
      if (inner !== null) return inner;
    }
    return null;
  }
  if (sent !== null && typeof sent === 'object') {
    if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) return path;
    for (const [key, value] of Object.entries(sent)) {
      const inner = firstMismatch(value, (decoded as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1);
      if (inner !== null) return inner;
    }
    return null;
  }
  if (typeof sent === 'string' && typeof decoded === 'number') return /^-?\d+$/.test(sent) && Number(sent) === decoded ? null : path;
  return sent === decoded || (sent === null && isDefaultValue(decoded)) ? null : path;
}

function isDefaultValue(value: unknown): boolean {
  if (value === null || value === 0 || value === '' || value === false || value === '0') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** Accepts both JSON names (camelCase) and proto names (snake_case); rejects unknown fields by name. */
function normalizeKeys(object: Record<string, unknown>, type: MessageClass<unknown>): Record<string, unknown> {
  // Fields are the prototype's data properties (generated defaults); methods such as toJSON are not.
  const prototype = type.prototype as Record<string, unknown>;
  const known = new Set(Object.keys(prototype).filter((k) => typeof prototype[k] !== 'function'));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const camel = key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    if (!known.has(camel)) {
      const names = [...known].join(', ') || '(none)';
      throw invalidArgument(`unknown field "${key}"; this request takes: ${names}`);
    }
    out[camel] = value;
  }
  return out;
}
