/** Answers given before a request's body was read, without losing them to a reset. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LINGER_BODY_BYTES_MAX, LINGER_MS } from './limits.js';

/**
 * For an answer given before the request's body was read (an error found in the
 * headers). Closing at once with the body unread makes the kernel reset the
 * connection, and the client, still sending, often never reads the answer
 * (RFC 9112 §9.6). So the rest of the body is read and dropped after the answer —
 * at most LINGER_BODY_BYTES_MAX, for at most LINGER_MS — keeping the connection;
 * past either bound (or with a larger declared body) the connection is closed.
 * Not covered: a client that asked for `Connection: close` — node destroys the
 * socket as soon as that answer is out, and the reset can still eat the answer.
 */
export function answerBeforeBody(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete || res.headersSent) return;
  if (Number(req.headers['content-length']) > LINGER_BODY_BYTES_MAX) {
    res.setHeader('Connection', 'close');
    return;
  }
  // node drops the rest of an unread body once the answer is finished; bound how long and how much.
  res.once('finish', () => linger(req));
}

function linger(req: IncomingMessage): void {
  if (req.complete) return;
  const socket = req.socket;
  const startBytes = socket.bytesRead;
  const onData = (): void => {
    if (socket.bytesRead - startBytes > LINGER_BODY_BYTES_MAX) socket.destroy();
  };
  const timer = setTimeout(() => {
    if (!req.complete) socket.destroy();
  }, LINGER_MS);
  timer.unref();
  const done = (): void => {
    clearTimeout(timer);
    socket.off('data', onData);
  };
  socket.on('data', onData);
  req.once('end', done);
  socket.once('close', done);
}
