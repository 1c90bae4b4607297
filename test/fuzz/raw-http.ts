/**
 * A bare HTTP/1.1 client over net.Socket for fuzzing a server: it writes exactly
 * the bytes asked for — any method token, raw non-ASCII in the request target,
 * a Content-Length that lies, a body with no framing at all, a half-close in the
 * middle of a body — which undici and node:http refuse to send. One request per
 * connection (always `Connection: close`), read until the server closes, with a
 * deadline: what comes back is an answer, a reset, a close without an answer, or
 * a timeout (a hang).
 */
import net from 'node:net';

/** How a request's body is framed. */
export type Framing =
  /** An honest Content-Length. */
  | { kind: 'length' }
  /** A Content-Length of `declared` bytes whatever the body's length. */
  | { kind: 'lying-length'; declared: number }
  /** Transfer-Encoding: chunked, in chunks of at most `chunkBytes`. */
  | { kind: 'chunked'; chunkBytes: number }
  /** No Content-Length and no Transfer-Encoding: the "body" is sent as if it were the next request. */
  | { kind: 'none' };

/** A request as bytes on the wire; see the module comment. */
export interface RawRequest {
  method: string;
  /** The request target, written as UTF-8 (so it may carry raw non-ASCII bytes). */
  target: string;
  /** Header lines in order; Host and Connection are added. */
  headers: ReadonlyArray<readonly [string, string]>;
  body: Uint8Array;
  framing: Framing;
  /** Half-close the connection once everything is written: a client that stops sending. */
  halfClose: boolean;
}

/** A parsed response. Header names are lowercased; repeated headers keep every value. */
export interface RawResponse {
  status: number;
  headers: Map<string, string[]>;
  body: Buffer;
}

/** What a request got. */
export type Exchange =
  | { kind: 'answered'; response: RawResponse; elapsedMs: number }
  | { kind: 'reset' | 'closed' | 'timeout' | 'malformed'; bytes: Buffer; elapsedMs: number; detail: string };

/** The request's bytes. */
export function serialize(request: RawRequest, host: string): Buffer {
  const lines = [`${request.method} ${request.target} HTTP/1.1`, `Host: ${host}`, 'Connection: close'];
  for (const [name, value] of request.headers) lines.push(`${name}: ${value}`);
  const { body, framing } = request;
  if (framing.kind === 'length') lines.push(`Content-Length: ${body.byteLength}`);
  if (framing.kind === 'lying-length') lines.push(`Content-Length: ${framing.declared}`);
  if (framing.kind === 'chunked') lines.push('Transfer-Encoding: chunked');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  if (framing.kind !== 'chunked') return Buffer.concat([head, body]);
  const parts: Buffer[] = [head];
  for (let offset = 0; offset < body.byteLength; offset += framing.chunkBytes) {
    const chunk = body.subarray(offset, offset + framing.chunkBytes);
    parts.push(Buffer.from(`${chunk.byteLength.toString(16)}\r\n`), Buffer.from(chunk), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** Sends `request` to 127.0.0.1:`port` on a fresh connection and reads until the server closes or `timeoutMs` passes. */
export function exchange(port: number, request: RawRequest, timeoutMs: number): Promise<Exchange> {
  const startedMs = performance.now();
  const bytes = serialize(request, `127.0.0.1:${port}`);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: Error | null = null;
    let settled = false;
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (kind: 'closed' | 'timeout'): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const received = Buffer.concat(chunks);
      const elapsedMs = performance.now() - startedMs;
      const parsed = parseResponse(received, request.method);
      // An answer that arrived whole counts, whatever happened to the connection after it.
      if (typeof parsed !== 'string') return resolve({ kind: 'answered', response: parsed, elapsedMs });
      if (kind === 'timeout') return resolve({ kind, bytes: received, elapsedMs, detail: `after ${timeoutMs} ms: ${parsed}` });
      if (error !== null && received.byteLength === 0) return resolve({ kind: 'reset', bytes: received, elapsedMs, detail: error.message });
      resolve({ kind: received.byteLength === 0 ? 'closed' : 'malformed', bytes: received, elapsedMs, detail: error?.message ?? parsed });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e) => (error = e));
    socket.on('close', () => finish('closed'));
    socket.once('connect', () => {
      socket.write(bytes);
      if (request.halfClose) socket.end();
    });
  });
}

/**
 * Parses the first final response in `bytes` (interim 1xx answers are skipped), or
 * says why it cannot: 'incomplete' or 'malformed: …'. A response without length
 * framing ends where the bytes end (the server closed).
 */
export function parseResponse(bytes: Buffer, method: string): RawResponse | string {
  let offset = 0;
  for (;;) {
    const headEnd = bytes.indexOf('\r\n\r\n', offset);
    if (headEnd < 0) return 'incomplete';
    const lines = bytes.subarray(offset, headEnd).toString('latin1').split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(lines[0] ?? '');
    if (statusLine === null) return `malformed: status line ${JSON.stringify(lines[0])}`;
    const status = Number(statusLine[1]);
    const headers = new Map<string, string[]>();
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      if (colon <= 0) return `malformed: header line ${JSON.stringify(line)}`;
      const name = line.slice(0, colon).trim().toLowerCase();
      headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
    }
    const bodyStart = headEnd + 4;
    if (status >= 100 && status < 200) {
      offset = bodyStart;
      continue;
    }
    if (method === 'HEAD' || status === 204 || status === 304) return { status, headers, body: Buffer.alloc(0) };
    const rest = bytes.subarray(bodyStart);
    if (headers.get('transfer-encoding')?.some((v) => v.toLowerCase().includes('chunked'))) {
      const body = dechunk(rest);
      return typeof body === 'string' ? body : { status, headers, body };
    }
    const length = headers.get('content-length');
    if (length !== undefined) {
      const declared = Number(length[0]);
      if (!Number.isSafeInteger(declared) || declared < 0) return `malformed: Content-Length ${length[0]}`;
      if (rest.byteLength < declared) return 'incomplete';
      return { status, headers, body: rest.subarray(0, declared) };
    }
    return { status, headers, body: rest };
  }
}

function dechunk(bytes: Buffer): Buffer | string {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', offset);
    if (lineEnd < 0) return 'incomplete';
    const size = parseInt(bytes.subarray(offset, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (!Number.isSafeInteger(size) || size < 0) return 'malformed: chunk size';
    const start = lineEnd + 2;
    if (size === 0) return Buffer.concat(parts);
    if (bytes.byteLength < start + size + 2) return 'incomplete';
    parts.push(bytes.subarray(start, start + size));
    offset = start + size + 2;
  }
}

/** The first value of a response header, or undefined. */
export function header(response: RawResponse, name: string): string | undefined {
  return response.headers.get(name.toLowerCase())?.[0];
}
