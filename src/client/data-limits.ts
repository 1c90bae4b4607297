/**
 * The data-path SDK's named bounds (STYLE.md, habit 4). Each says why it has its
 * value; the relationships between them are asserted at load time.
 */
import assert from 'node:assert/strict';
import { constants as bufferConstants } from 'node:buffer';

/**
 * 8 MiB: the members' default limit on one request (a PUT body or a GET length);
 * the server refuses more with 413/400, so larger reads and writes are split.
 */
export const DATA_REQUEST_BYTES_MAX = 8 * 1024 * 1024;
/**
 * The largest `maxRequestBytes` a caller may choose: 1 GiB. A member configured for
 * more than that would hold a gigabyte per request in memory; no sane setup does.
 */
export const DATA_REQUEST_BYTES_OPTION_MAX = 1024 * 1024 * 1024;
/**
 * The most bytes one `read` call may return: what a single Buffer can hold. Larger
 * ranges are read in pieces by the caller.
 */
export const DATA_READ_BYTES_MAX = Math.min(bufferConstants.MAX_LENGTH, Number.MAX_SAFE_INTEGER);
/**
 * 4 requests of one read or write in flight at once: enough to keep a LAN link
 * busy while a member fetches remote pages, and at most 4 × 8 MiB of body buffers
 * per transfer on the wire at a time.
 */
export const TRANSFER_CONCURRENCY = 4;
/** The most the `concurrency` option may ask for: 16 connections to one member is plenty for one client. */
export const TRANSFER_CONCURRENCY_MAX = 16;
/**
 * 5 redirects per request: placement sends a new connection to its member in one
 * hop; a few more cover a plan that changed meanwhile, and the bound stops a loop.
 */
export const REDIRECTS_MAX = 5;
/** An error body is a one-line JSON object; 64 KiB refuses a runaway body (a proxy's page, a bug). */
export const ERROR_BODY_BYTES_MAX = 64 * 1024;
/**
 * 30 s per request: longer than a member's slowest internal wait on the data path
 * (a proposal waits up to 10 s), so the member's own deadline answers first with a
 * precise code; a silent member is then treated as a lost connection.
 */
export const DATA_REQUEST_TIMEOUT_MS = 30_000;
/** 5 s to open a TCP connection: loopback and LAN answer in milliseconds; a dead host should fail over fast. */
export const DATA_CONNECT_TIMEOUT_MS = 5_000;
/**
 * Idle connections close after 10 s on our side, well before a member's keep-alive
 * timeout, so we rarely send on a socket the member has just closed.
 */
export const DATA_KEEP_ALIVE_MS = 10_000;
/** The most member addresses a client keeps (given plus learned from redirects): a group is a handful. */
export const MEMBERS_MAX = 64;
/** Volume names are short; 1 KiB keeps the request line small whatever a caller passes. */
export const VOLUME_NAME_LENGTH_MAX = 1024;

assert.ok(DATA_REQUEST_BYTES_MAX <= DATA_REQUEST_BYTES_OPTION_MAX, 'the default request size is a valid option');
assert.ok(DATA_REQUEST_BYTES_OPTION_MAX <= DATA_READ_BYTES_MAX, 'one request always fits in one read');
assert.ok(TRANSFER_CONCURRENCY >= 1 && TRANSFER_CONCURRENCY <= TRANSFER_CONCURRENCY_MAX);
assert.ok(DATA_CONNECT_TIMEOUT_MS < DATA_REQUEST_TIMEOUT_MS, 'a dead member is abandoned before a slow one');
