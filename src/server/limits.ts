/**
 * The member process's named bounds. Each says why it has the value it has; a full
 * queue answers with an error code, never grows without limit.
 */

/** 100 ms per tick: with the election/heartbeat ticks below, 1–2 s to elect, 100 ms heartbeats on loopback/LAN. */
export const DEFAULT_TICK_MS = 100;
/** 10 ticks = 1 s election timeout (randomized to 1–2 s by the core). */
export const DEFAULT_ELECTION_TICKS = 10;
/** A heartbeat every tick keeps followers' leases fresh well within the election timeout. */
export const DEFAULT_HEARTBEAT_TICKS = 1;

/** Proposals waiting for their outcome on one member; more are refused with `resource_exhausted`. */
export const MAX_PENDING_PROPOSALS = 65_536;
/** ReadIndex requests waiting on one member; more are refused with `resource_exhausted`. */
export const MAX_PENDING_READS = 4_096;
/** How long a proposal may wait to be applied before the caller is told `unavailable` (it may retry). */
export const PROPOSAL_TIMEOUT_MS = 10_000;
/** How often an unanswered read request is sent again (a few heartbeats: answers normally take one). */
export const READ_INDEX_RETRY_MS = 500;
/** How long a linearizable read may wait for a leader's confirmation. */
export const READ_INDEX_TIMEOUT_MS = 5_000;
/** How long AddMember waits for a new learner to catch up before giving up (it stays a learner). */
export const LEARNER_CATCH_UP_TIMEOUT_MS = 60_000;
/** A learner counts as caught up when it is within this many entries of the leader's commit index. */
export const LEARNER_CATCH_UP_ENTRIES = 100;
/** How long a graceful stop waits for leadership to move before stopping anyway. */
export const LEADER_TRANSFER_ON_STOP_TIMEOUT_MS = 3_000;
/** How long a TransferLeader call waits for the new leader to take over. */
export const TRANSFER_LEADER_TIMEOUT_MS = 5_000;

/** The most bytes of an admin request body; admin messages are small. */
export const ADMIN_MAX_BODY_BYTES = 1024 * 1024;
/** The most bytes of a ProposeNoop payload (a benchmark entry, not a data path). */
export const NOOP_MAX_PAYLOAD_BYTES = 64 * 1024;
/** How long a follower waits for the leader when forwarding an admin mutation. */
export const FORWARD_TIMEOUT_MS = 70_000;

/**
 * How long an owner waits to apply the entries a forwarding member routed by (a
 * volume created a moment ago) before answering `unavailable`: applying is
 * normally a heartbeat behind at most.
 */
export const OWNER_APPLY_WAIT_MS = 2_000;
/** 8 MiB: the default largest PUT body or GET length of the data API (`--max-request-bytes`). */
export const DEFAULT_REQUEST_BYTES_MAX = 8 * 1024 * 1024;
/**
 * 15 MiB: the most `--max-request-bytes` may be. One request's part in one page
 * travels to its owner as one peer frame (so a write within a page stays atomic),
 * and a peer frame's data is at most 15 MiB (src/transport/constants.ts).
 */
export const REQUEST_BYTES_MAX_LIMIT = 15 * 1024 * 1024;
/**
 * 1024 data requests served at once by one member; more are answered `unavailable`
 * (503, Retry-After) at once, so a flood costs a short answer, not memory.
 */
export const DATA_REQUESTS_INFLIGHT_MAX = 1024;
/**
 * 256 MiB of request bodies and read buffers held at once by one member's data
 * API (counted by declared size before anything is read); beyond it, `unavailable`.
 * Room for 32 maximal 8 MiB requests, or the 1024 requests above at 256 KiB.
 */
export const DATA_BYTES_INFLIGHT_MAX = 256 * 1024 * 1024;
/** How long a starting member waits to replay its log before looking for pages of deleted volumes (skipped after). */
export const DELETED_VOLUME_SCAN_WAIT_MS = 60_000;

/** 10 million page operations per second: the most `--io-capacity` may be, far above what one member can do. */
export const IO_CAPACITY_OPS_PER_SECOND_MAX = 10_000_000;
/**
 * 100 ms of `--io-capacity` may be spent at once (at least one call). A request
 * that spans several pages, or calls that arrive together after a quiet spell, go
 * through without waiting for a timer, and a late timer wake-up (timers fire a
 * millisecond or more late) is made up at once; over any window much longer than
 * 100 ms the rate still holds, so a benchmark emulating a smaller member sees that member.
 */
export const IO_BURST_SECONDS = 0.1;
/**
 * 4096 page operations waiting for IO capacity on one member: four per data
 * request that may be in flight at once (DATA_REQUESTS_INFLIGHT_MAX), which leaves
 * room for multi-page requests and page requests served for peers. A waiter is a
 * pair of closures, so a full queue is well under a MiB. Past it a call is refused
 * at once with BLOCK_STORE_BUSY (503, retry): at any rate worth limiting to, a
 * queue that long is already seconds of waiting.
 */
export const IO_WAITERS_MAX = 4 * DATA_REQUESTS_INFLIGHT_MAX;

/**
 * 3 s: how long a stopping member waits for its client connections to finish (they
 * were moved to other members first: answers in flight carry the redirect, idle ones
 * get IDLE_MOVE_GRACE_MS for their next request) before it closes the rest.
 */
export const SERVER_CLOSE_GRACE_MS = 3_000;

/**
 * 64 MiB and 5 s: how much of an unread request body a member reads and drops, and
 * for how long, after answering an error found in the headers (a lingering close,
 * RFC 9112 §9.6), so the client reads the answer instead of a reset.
 */
export const LINGER_BODY_BYTES_MAX = 64 * 1024 * 1024;
export const LINGER_MS = 5_000;

