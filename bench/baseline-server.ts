/**
 * The baseline of `npm run bench:io`: a bare node:http server, in its own process
 * like a member, answering every request with the same preallocated buffer of
 * `--bytes` bytes from memory. It neither parses the URL nor reads the body, so what
 * it costs is node:http itself: the floor under any data API served by Node.
 * It listens on a loopback port the OS picks and prints `{"port":N}` on stdout.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

/** Matches the members' own keep-alive (src/server/http-server.ts), so both keep their connections alike. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

const { values } = parseArgs({ options: { bytes: { type: 'string', default: '4096' } } });
const bodyBytes = Number(values.bytes);
if (!Number.isSafeInteger(bodyBytes) || bodyBytes <= 0) throw new Error(`--bytes must be a whole number > 0, got "${values.bytes}"`);
const body = Buffer.alloc(bodyBytes, 0x5a);
const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': bodyBytes };

const server = createServer({ keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS }, (req, res) => {
  // Drain any request body so the keep-alive connection stays usable.
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
});

const stop = (): void => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
