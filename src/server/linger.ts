/** Answers given before a request's body was read. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * For an answer given before the request's body was read (an error found in the
 * headers): the connection closes after it, so no client reuses a connection
 * whose request body it may not have finished sending (undici does, after an
 * early answer: the rest of the body would be read as its next request).
 *
 * Known gap: closing with the body unread lets the kernel reset the connection,
 * and a client still sending a large body may lose the answer (RFC 9112 §9.6 asks
 * for a lingering close; test/fuzz/http-api.test.ts keeps the reproduction).
 */
export function answerBeforeBody(req: IncomingMessage, res: ServerResponse): void {
  if (!req.complete && !res.headersSent) res.setHeader('Connection', 'close');
}
