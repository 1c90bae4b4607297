import { Agent, request } from 'undici';
import { CONNECT_CODE_HTTP_STATUS, type ConnectCode, ShoalError, unavailable } from './errors.js';
import { FORWARD_TIMEOUT_MS } from './limits.js';
import type { MessageClass } from './connect.js';

/** Marks a call forwarded by a follower, so the leader never forwards it again (no loops). */
export const FORWARDED_HEADER = 'shoal-forwarded';

/** The most connections a member keeps open to the leader's admin port for forwarding. */
const FORWARD_CONNECTIONS_MAX = 4;

const agent = new Agent({ connections: FORWARD_CONNECTIONS_MAX, keepAliveTimeout: 10_000 });

/**
 * Sends an admin call on to the leader's client URL with the binary Connect codec
 * and returns its answer, or throws the leader's error with the same code.
 */
export async function forwardUnary<Req, Res>(
  leaderUrl: string,
  path: string,
  requestType: MessageClass<Req>,
  responseType: MessageClass<Res>,
  message: Req,
  authorization: string | undefined,
): Promise<Res> {
  const headers: Record<string, string> = {
    'content-type': 'application/proto',
    'connect-protocol-version': '1',
    [FORWARDED_HEADER]: '1',
  };
  if (authorization) headers.authorization = authorization;
  let response;
  try {
    response = await request(new URL(path, leaderUrl), {
      method: 'POST',
      headers,
      body: Buffer.from(requestType.encode(message).finish()),
      dispatcher: agent,
      headersTimeout: FORWARD_TIMEOUT_MS,
      bodyTimeout: FORWARD_TIMEOUT_MS,
    });
  } catch (err) {
    throw unavailable(`cannot reach the leader at ${leaderUrl}: ${(err as Error).message}`, err);
  }
  const body = Buffer.from(await response.body.arrayBuffer());
  if (response.statusCode === 200) return responseType.decode(body);
  throw errorFromBody(response.statusCode, body);
}

function errorFromBody(status: number, body: Buffer): ShoalError {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { code?: string; message?: string };
    if (parsed.code && parsed.code in CONNECT_CODE_HTTP_STATUS) {
      return new ShoalError(parsed.code as ConnectCode, parsed.message ?? '');
    }
  } catch {
    // Not a Connect error body: fall through to a generic error naming the status.
  }
  return new ShoalError('unknown', `the leader answered HTTP ${status}`);
}
