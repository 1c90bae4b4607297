/** Answers given before a request's body was read, without losing them to a reset. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LINGER_BODY_BYTES_MAX, LINGER_MS } from './limits.js';

/**
 * For an answer given before the request's body was read (an error found in the
 * headers): the connection closes after it, so no client reuses a connection whose
 * request body it may not have finished sending. Closed at once with the body
 * unread, the kernel would reset the connection and a client still sending could
 * lose the answer (RFC 9112 §9.6); so the close lingers: our side is shut after the
 * answer, and what the client still sends is read and dropped — at most
 * LINGER_BODY_BYTES_MAX, for at most LINGER_MS — before the socket is destroyed.
 */
export function answerBeforeBody(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete || res.headersSent) return;
  res.setHeader('Connection', 'close');
  const socket = req.socket as IncomingMessage['socket'] & { destroySoon?: () => void };
  // node destroys the socket once the last answer is out (destroySoon); linger instead.
  socket.destroySoon = () => lingeringClose(socket);
}

function lingeringClose(socket: IncomingMessage['socket']): void {
  // The HTTP parser is done with this connection: what still arrives is the unread body.
  socket.removeAllListeners('data');
  let dropped = 0;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.on('data', (chunk: Buffer) => {
    dropped += chunk.byteLength;
    if (dropped > LINGER_BODY_BYTES_MAX) socket.destroy();
  });
  socket.once('end', () => socket.destroy());
  socket.once('close', () => clearTimeout(timer));
  socket.end();
  socket.resume();
}

/**
 * A GET or HEAD that carries a body anyway: it is answered as usual, and the body,
 * never read, is dropped by a lingering close (else the answer can be cut short by
 * a reset — found by the HTTP fuzzer).
 */
export function lingerIfBody(req: IncomingMessage, res: ServerResponse): void {
  const declared = req.headers['content-length'];
  if ((declared !== undefined && declared !== '0') || req.headers['transfer-encoding'] !== undefined) answerBeforeBody(req, res);
}
