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
