/**
 * Every bound of the peer transport, with the reason for its value (STYLE.md, habit 4).
 * Relationships between the bounds are asserted at the bottom, so changing one that
 * breaks another fails at import time rather than in production.
 */
import assert from 'node:assert/strict';
import { constants as bufferConstants } from 'node:buffer';

/** The version a dialer announces in Hello; an acceptor refuses any other. */
export const PROTOCOL_VERSION = 1;

/** Every frame starts with its payload length as a 4-byte big-endian unsigned integer. */
export const FRAME_HEADER_BYTES = 4;

/**
 * 16 MiB: the largest frame payload either side sends or accepts. Appends are far
 * smaller (the core's default maxSizePerMsgBytes is 1 MiB) and large snapshots
 * travel as SNAPSHOT_CHUNK_BYTES chunks, so only a batch of many messages comes
 * near it. A receiver allocates at most this much per connection for one frame,
 * which bounds what an authenticated peer can cost it.
 */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/**
 * 1 KiB: the largest frame accepted before the handshake completes. Handshake
 * messages are a few hundred bytes, and a stranger must not make us allocate a
 * MAX_FRAME_BYTES buffer by sending a 4-byte length prefix.
 */
export const HANDSHAKE_FRAME_BYTES_MAX = 1024;

/** Group and member ids are names an operator chose; 128 bytes of UTF-8 is plenty. */
export const ID_BYTES_MAX = 128;

/**
 * 16 bytes: the shortest group secret accepted. HMAC's strength is the key's
 * entropy; `shoal cluster up` generates 32 random bytes, and a shorter hand-made
 * secret is more likely a mistake than a choice.
 */
export const SECRET_BYTES_MIN = 16;

/** 32 random bytes per side: a nonce never repeats in the lifetime of the universe. */
export const NONCE_BYTES = 32;

/** HMAC-SHA256 output. */
export const PROOF_BYTES = 32;

/** The longest Refusal reason we send or log; reasons are stable codes, far shorter. */
export const REFUSAL_REASON_BYTES_MAX = 128;

/**
 * 5 s from accepting or dialing a socket to Welcome: several round trips on a loaded
 * LAN fit easily, and a silent stranger holds a connection slot only briefly.
 */
export const HANDSHAKE_TIMEOUT_MS = 5_000;

/**
 * 1 s: after sending a Refusal we wait this long for the other side to read it and
 * close, then close ourselves; a peer that never reads cannot hold the socket open.
 */
export const REFUSAL_LINGER_MS = 1_000;

/**
 * 10 s: at most one log line per refusal code per interval (the rest are counted in
 * the line that follows). A misconfigured member redials every few seconds forever,
 * and a flood of strangers must not become a flood of log lines; stats() has exact counts.
 */
export const REFUSAL_LOG_INTERVAL_MS = 10_000;

/**
 * 64 inbound connections may be mid-handshake at once; more are closed at accept.
 * A group has a handful of members, so only a flood reaches this.
 */
export const PENDING_HANDSHAKES_MAX = 64;

/**
 * 4096 recent dialer nonces are remembered so that a replayed Hello is refused
 * outright. Old proofs could not verify anyway (the acceptor's nonce is fresh), so
 * this is a second line, and a few hundred KiB at most.
 */
export const SEEN_NONCES_MAX = 4096;

/**
 * 1024 frames queued to one peer (not yet flushed to the kernel). A leader sends at
 * most maxInflightMsgs (256) appends plus heartbeats per follower, so a full queue
 * means the peer or the link is stuck, and dropping is the right answer: Raft
 * retransmits.
 */
export const SEND_QUEUE_FRAMES_MAX = 1024;

/**
 * 32 MiB queued to one peer: room for one maximal frame plus the appends and
 * heartbeats behind it, and a firm bound on what a stuck peer costs. A chunked
 * snapshot is not in this queue: it has its own bound (one per peer, one chunk in
 * the socket at a time; see SNAPSHOT_CHUNK_BYTES).
 */
export const SEND_QUEUE_BYTES_MAX = 32 * 1024 * 1024;

/**
 * 1 MiB handed to the socket ahead of the kernel. Beyond that, frames wait in our
 * queue (where they are counted and bounded) until the socket drains.
 */
export const SOCKET_BUFFER_BYTES_MAX = 1024 * 1024;

/**
 * Reconnect delays: the first retry comes after about 100 ms (a restarted peer is
 * back quickly), doubling up to 2 s, so a member that was down rejoins well within
 * an election timeout's order of magnitude without hammering an absent host.
 */
export const RECONNECT_BACKOFF_MIN_MS = 100;
export const RECONNECT_BACKOFF_MAX_MS = 2_000;

/**
 * Bytes of Envelope and RaftBatch framing around the messages of one batch, counted
 * generously: field tags and varint lengths (at most 5 bytes each below 4 GiB).
 */
export const BATCH_OVERHEAD_BYTES = 16;
/** Bytes of RaftBatch framing around one encoded message: a tag and a varint length. */
export const MESSAGE_OVERHEAD_BYTES = 6;

/**
 * 1 MiB: a MsgSnap whose encoding would exceed this travels as SnapshotChunk frames
 * of this many data bytes each. The sender writes the next chunk only once the
 * kernel has taken the previous one, and queued frames go first, so a heartbeat or
 * an append waits behind at most one chunk in our socket buffer: about 8 ms at
 * 1 Gbit/s, far below a heartbeat interval. The framing around a chunk (under 64
 * bytes) is noise at this size.
 */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;

/**
 * 1 GiB: the largest snapshot data a leader sends or a follower reassembles; a
 * larger MsgSnap is refused and reported failed (DropCounts.snapshotTooLarge). The
 * receiver holds the whole snapshot in memory before the core sees it (a Snapshot's
 * data is one Uint8Array), so this is also what one peer's partial snapshot may
 * cost it. Shoal's state snapshot (cluster membership, volumes, pages) is far
 * smaller; a group that approaches this needs a streamed snapshot format instead.
 */
export const SNAPSHOT_BYTES_MAX = 1024 * 1024 * 1024;

/**
 * 64 KiB: the largest MsgSnap header (the message without its snapshot data: the
 * metadata and the membership's member ids, each at most ID_BYTES_MAX) sent in a
 * first chunk. Hundreds of members fit; anything larger is a bug or an attack.
 */
export const SNAPSHOT_HEADER_BYTES_MAX = 64 * 1024;

/**
 * 30 s without a chunk: the receiver abandons a partial snapshot and frees its
 * buffer. A chunk takes about 1 s at 8 Mbit/s, so only a stalled or dead link stays
 * silent this long, and such a link is cut well before (heartbeats, reconnects);
 * a late chunk for the abandoned snapshot then cuts the connection, which tells
 * the sender its snapshot failed.
 */
export const SNAPSHOT_CHUNK_TIMEOUT_MS = 30_000;

/**
 * Bytes of Envelope and SnapshotChunk framing around a chunk's header and data,
 * counted generously: six field tags, two 64-bit and two 32-bit varints, two
 * length varints, and the envelope's tag and length.
 */
export const SNAPSHOT_CHUNK_OVERHEAD_BYTES = 64;

/**
 * 15 MiB: the most data one page request carries (a write's data) or one answer
 * returns (a read's data). A caller splits a larger transfer. It leaves room in a
 * MAX_FRAME_BYTES frame for the fields around the data.
 */
export const PAGE_DATA_BYTES_MAX = 15 * 1024 * 1024;

/**
 * Bytes of Envelope and PageRequest or PageResponse framing around a page frame's
 * data, counted generously: the envelope's tag and length (6), eight field tags
 * (8), four 64-bit varints (40), two 32-bit varints (10), a bool (1) and the data's
 * length (5) make 70; an error answer's code and message are bounded separately.
 */
export const PAGE_FRAME_OVERHEAD_BYTES = 96;

/** 128 bytes: an answer's error code is a short stable name such as TRANSPORT_PEER_BUSY. */
export const PAGE_ERROR_CODE_BYTES_MAX = 128;

/**
 * 1 KiB: an answer's error message is for a log line. The answering side cuts a
 * longer one (at a character boundary); a receiver refuses a longer one as it
 * refuses any oversized field.
 */
export const PAGE_ERROR_MESSAGE_BYTES_MAX = 1024;

/**
 * 256 page requests outstanding from this member to one peer (per connection).
 * The data path's benchmark forwards 64 reads at once; 256 leaves room for several
 * such clients, and a peer that falls this far behind is better answered with
 * TRANSPORT_PEER_BUSY at once than queued for. It also bounds the pending table.
 */
export const PAGE_REQUESTS_INFLIGHT_MAX = 256;

/**
 * 16 MiB outstanding from this member to one peer, counting each request's data and
 * the data its answer will bring (a read's length): room for one maximal request
 * or thousands of 4 KiB reads, and the answers to all of them fit the owner's send
 * queue (asserted below), so a requester that keeps to its bound never makes the
 * owner drop an answer for lack of room alone.
 */
export const PAGE_REQUEST_BYTES_INFLIGHT_MAX = 16 * 1024 * 1024;

/**
 * The answering side's bounds per connection: requests being served at once, and
 * their data plus the data their answers will carry. A requester of this version
 * keeps below them (asserted below); they are there for one that does not (a bug,
 * another version), and for the short overlap when a requester's request timed out
 * (freeing its slot) while the owner still serves it. Over them the owner answers
 * TRANSPORT_PEER_BUSY at once, so a peer can never make us run handlers without bound.
 */
export const PAGE_REQUESTS_SERVING_MAX = PAGE_REQUESTS_INFLIGHT_MAX;
export const PAGE_REQUEST_BYTES_SERVING_MAX = PAGE_REQUEST_BYTES_INFLIGHT_MAX;

/**
 * 5 s: how long a page request waits for its answer by default. An owner answers in
 * milliseconds, its bounded wait for the requester's applied index included, so a
 * request this late means the owner or the link is stuck, and the client is better
 * told than kept waiting. The late answer is ignored.
 */
export const PAGE_REQUEST_TIMEOUT_MS = 5_000;

/** 60 s: the longest timeout a caller may choose, so a slot of the in-flight bounds is held at most this long. */
export const PAGE_REQUEST_TIMEOUT_MAX_MS = 60_000;

// A maximal frame must fit in an otherwise empty queue, or snapshots could never be sent.
assert.ok(SEND_QUEUE_BYTES_MAX >= MAX_FRAME_BYTES + FRAME_HEADER_BYTES);
// The length prefix is a uint32.
assert.ok(MAX_FRAME_BYTES < 2 ** 32);
// A Challenge (the largest handshake message) must fit the pre-handshake frame bound.
assert.ok(2 * ID_BYTES_MAX + NONCE_BYTES + PROOF_BYTES + 4 * MESSAGE_OVERHEAD_BYTES + BATCH_OVERHEAD_BYTES <= HANDSHAKE_FRAME_BYTES_MAX);
assert.ok(REFUSAL_REASON_BYTES_MAX + BATCH_OVERHEAD_BYTES <= HANDSHAKE_FRAME_BYTES_MAX);
assert.ok(HANDSHAKE_FRAME_BYTES_MAX < MAX_FRAME_BYTES);
assert.ok(RECONNECT_BACKOFF_MIN_MS > 0 && RECONNECT_BACKOFF_MIN_MS <= RECONNECT_BACKOFF_MAX_MS);
// A first chunk (header and a full chunk of data) must fit one frame.
assert.ok(SNAPSHOT_HEADER_BYTES_MAX + SNAPSHOT_CHUNK_BYTES + SNAPSHOT_CHUNK_OVERHEAD_BYTES <= MAX_FRAME_BYTES);
// Chunking only helps if a chunk is much smaller than what may be queued ahead of it anyway.
assert.ok(SNAPSHOT_CHUNK_BYTES <= SOCKET_BUFFER_BYTES_MAX);
// A reassembled snapshot is one buffer; chunk indexes and counts are uint32 on the wire.
assert.ok(SNAPSHOT_BYTES_MAX <= bufferConstants.MAX_LENGTH && SNAPSHOT_BYTES_MAX / SNAPSHOT_CHUNK_BYTES < 2 ** 32);
assert.ok(SNAPSHOT_CHUNK_BYTES < SNAPSHOT_BYTES_MAX && SNAPSHOT_CHUNK_TIMEOUT_MS > 0);
// A maximal page read or write fits one frame; its length is a uint32 on the wire.
assert.ok(PAGE_DATA_BYTES_MAX + PAGE_FRAME_OVERHEAD_BYTES <= MAX_FRAME_BYTES && PAGE_DATA_BYTES_MAX < 2 ** 32);
assert.ok(PAGE_ERROR_CODE_BYTES_MAX + PAGE_ERROR_MESSAGE_BYTES_MAX + PAGE_FRAME_OVERHEAD_BYTES <= MAX_FRAME_BYTES);
// One maximal request can always be outstanding.
assert.ok(PAGE_DATA_BYTES_MAX <= PAGE_REQUEST_BYTES_INFLIGHT_MAX && PAGE_REQUESTS_INFLIGHT_MAX > 0);
// The answers to all of one peer's outstanding requests fit an owner's send queue, by bytes and (with room for Raft) by frames.
assert.ok(PAGE_REQUEST_BYTES_INFLIGHT_MAX + PAGE_REQUESTS_INFLIGHT_MAX * (FRAME_HEADER_BYTES + PAGE_FRAME_OVERHEAD_BYTES) <= SEND_QUEUE_BYTES_MAX);
assert.ok(2 * PAGE_REQUESTS_INFLIGHT_MAX <= SEND_QUEUE_FRAMES_MAX);
// A requester that keeps to its bounds is never refused by the owner's.
assert.ok(PAGE_REQUESTS_INFLIGHT_MAX <= PAGE_REQUESTS_SERVING_MAX && PAGE_REQUEST_BYTES_INFLIGHT_MAX <= PAGE_REQUEST_BYTES_SERVING_MAX);
assert.ok(PAGE_REQUEST_TIMEOUT_MS > 0 && PAGE_REQUEST_TIMEOUT_MS <= PAGE_REQUEST_TIMEOUT_MAX_MS);
