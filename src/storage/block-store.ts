/**
 * The member's block store: the pages of the volumes it owns, in LevelDB, as 4 KiB
 * checksummed blocks (layout in ./block-codec.ts).
 *
 * Writes. A write covers part of one page. Its whole blocks are built from the data;
 * its partly covered edge blocks are read, patched and written back (read-modify-
 * write). Writes to one page run one at a time, in call order, each holding the page
 * until its batch is durable, so two read-modify-writes never lose each other's
 * bytes. Writes to different pages run concurrently and are group-committed: while
 * one batch is being written with `{ sync: true }`, the next writes accumulate and go
 * as one batch as soon as it finishes. A write resolves only after its own batch was
 * synced. A failed batch makes the store fail-stop.
 *
 * Reads. A read within one block is one `get`; a longer one is one iterator over the
 * page's block range, which reads from one implicit snapshot. Either way a read sees
 * one consistent view, and every write is one atomic batch, so a read never sees half
 * of a write. Blocks never written, or written as zeros, are not stored: they read as
 * zeros.
 */
import { Level } from 'level';
import { assert } from '../raft/index.js';
import {
  ALL_BLOCKS_RANGE,
  BLOCK_BYTES,
  BLOCK_KEY_BYTES,
  BLOCK_LAYOUT_VERSION,
  BLOCK_LAYOUT_VERSION_KEY,
  BLOCK_VALUE_BYTES,
  type BlockAddress,
  type KeyRange,
  CHECKSUM_BYTES,
  PAGE_BLOCKS_MAX,
  blockKey,
  decodeBlockKey,
  decodeLayoutVersion,
  encodeLayoutVersion,
  pageBlocksRange,
  pageEndKey,
  sealBlockAt,
  unsealBlock,
  volumeEndKey,
  volumeRange,
} from './block-codec.js';
import { BlockStoreBusyError, BlockStoreClosedError, BlockStoreOpenFailedError, BlockStoreWriteFailedError } from './block-errors.js';
import { StorageVersionError } from './errors.js';

export { BLOCK_BYTES } from './block-codec.js';

/**
 * Default bound on bytes accepted by writePage but not yet durable. It bounds the
 * memory held by queued writes (their data and built blocks) and the size of the
 * batch that follows a slow fsync; 64 MiB is a few hundred milliseconds of a fast
 * disk, enough to keep group commits full without letting a stalled disk take the
 * process's memory. Past it, writes fail at once with BLOCK_STORE_BUSY (503).
 */
export const BLOCK_STORE_PENDING_BYTES_MAX = 64 * 1024 * 1024;

/**
 * Most blocks in one batch (16 MiB of data). A larger batch makes every write in it
 * wait for one long fsync and grows LevelDB's memtable past its 4 MiB write buffer in
 * one step; a write's own blocks always go in one batch, whatever their number, so a
 * batch is atomic per write.
 */
export const BATCH_BLOCKS_MAX = 4096;

/**
 * Blocks removed per batch by deleteVolume: a volume of any size is deleted in bounded
 * steps (bounded memory and fsync time), each durable before the next is read.
 */
export const DELETE_BLOCKS_PER_BATCH = BATCH_BLOCKS_MAX;

/**
 * Most bytes one native iterator call fetches for a read across blocks. A read is
 * fetched in one call when it fits (the common case: one call, one snapshot), and a
 * longer one in several calls from the same iterator, hence still one snapshot; the
 * bound keeps LevelDB's buffer for one call from growing with the request.
 */
export const READ_FETCH_BYTES_MAX = 16 * 1024 * 1024;

/**
 * Smallest page size. Pages are the unit of ownership, so they are much larger than a
 * block; 64 KiB keeps a page at least 16 blocks and the per-page lock map small.
 */
export const PAGE_SIZE_BYTES_MIN = 64 * 1024;

/**
 * 64 MiB memtable (LevelDB's default is 4 MiB). Pages are written in 4 KiB blocks
 * at tens of MB/s; a small memtable flushes several times a second and feeds
 * level-0 compactions that compete with the data path for CPU. (In bench:io the
 * change was within run-to-run noise; it is kept for sustained write loads.) Costs
 * at most twice this in memory (one memtable being flushed while the next fills).
 */
export const BLOCK_STORE_WRITE_BUFFER_BYTES = 64 * 1024 * 1024;
/** 64 MiB of LevelDB's block cache (default 8 MiB): hot pages are read without a trip to the OS. */
export const BLOCK_STORE_CACHE_BYTES = 64 * 1024 * 1024;

/** Options of {@link BlockStore.open}. */
export interface BlockStoreOptions {
  /** Bytes of writes accepted but not yet durable; beyond it writePage rejects with BLOCK_STORE_BUSY. Default BLOCK_STORE_PENDING_BYTES_MAX = 64 MiB. */
  pendingBytesMax?: number;
}

/** Counters since open, and the bytes waiting for durability now. */
export interface BlockStoreStats {
  /** readPage calls answered. */
  reads: number;
  /** writePage calls made durable. */
  writes: number;
  /** LevelDB batches written with fsync (writes and volume deletions). */
  batches: number;
  /** Bytes returned by readPage. */
  bytesRead: number;
  /** Bytes of writePage data made durable. */
  bytesWritten: number;
  /** Bytes of writes accepted but not yet durable. */
  pendingBytes: number;
}

/** The database as the block store uses it: binary keys and values. */
export type BlockDatabase = Level<Buffer, Buffer>;

/** One LevelDB operation: a put, or a delete when `value` is null. */
interface BlockOp {
  key: Buffer;
  value: Buffer | null;
}

/** A write's ops waiting for the next batch, and how to tell the writer it is durable. */
interface StagedWrite {
  ops: BlockOp[];
  /** Orders writes: later stamps were staged later (and are written in a later or the same batch). */
  stamp: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** The writes of one page, run one at a time; removed from the map when `depth` is 0. */
interface PageChain {
  tail: Promise<void>;
  depth: number;
}

/** Where a request falls within a page, in blocks. */
interface BlockSpan {
  /** The first block touched. */
  first: number;
  /** One past the last block touched. */
  end: number;
}

const ZERO_BLOCK = Buffer.alloc(BLOCK_BYTES);
const noop = (): void => undefined;

/** The pages of the volumes this member owns, as checksummed 4 KiB blocks in LevelDB. */
export class BlockStore {
  private readonly pageChains = new Map<string, PageChain>();
  private staged: StagedWrite[] = [];
  private flushing = false;
  /** The LevelDB error of the batch that failed; non-null means fail-stop. */
  private failure: { cause: unknown } | null = null;
  private closing: Promise<void> | null = null;
  /** Public calls started and not yet settled; close waits for 0. */
  private inflight = 0;
  private onIdle: (() => void) | null = null;
  private pendingBytes = 0;
  /**
   * The latest staged value of every block whose batch is not yet synced (null: a
   * zero block being deleted), by key. Read-modify-writes read their edge blocks here
   * first, so writes to one page need not wait for each other's fsync. Reads of the
   * API never look here: they return durable bytes only. Bounded by pendingBytesMax.
   */
  private readonly unsynced = new Map<string, { value: Buffer | null; stamp: number }>();
  private stageCounter = 0;
  private readonly counters = { reads: 0, writes: 0, batches: 0, bytesRead: 0, bytesWritten: 0 };

  private constructor(
    private readonly db: BlockDatabase,
    private readonly pendingBytesMax: number,
  ) {}

  /** Opens (or creates) the block store in `dir`. */
  static async open(dir: string, options: BlockStoreOptions = {}): Promise<BlockStore> {
    resolvePendingBytesMax(options); // Bad options fail before anything is opened.
    const db: BlockDatabase = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
    try {
      await db.open({ writeBufferSize: BLOCK_STORE_WRITE_BUFFER_BYTES, cacheSize: BLOCK_STORE_CACHE_BYTES, compression: false });
    } catch (err) {
      throw new BlockStoreOpenFailedError(dir, err);
    }
    return BlockStore.load(db, options);
  }

  /** Uses an already open database (tests use it to inject faults); closes it on failure. */
  static async load(db: BlockDatabase, options: BlockStoreOptions = {}): Promise<BlockStore> {
    try {
      const pendingBytesMax = resolvePendingBytesMax(options);
      await checkLayoutVersion(db);
      return new BlockStore(db, pendingBytesMax);
    } catch (err) {
      await db.close().catch(noop);
      throw err;
    }
  }

  /**
   * `length` bytes at `offsetInPage` of page `page` of volume `volumeId`; never-written
   * bytes are zeros. Reads one consistent view (one LevelDB snapshot/iterator or a
   * single get), so a concurrent write of one request within the page is seen
   * entirely or not at all. The result may be a view into a larger buffer.
   */
  async readPage(volumeId: number, page: number, pageSizeBytes: number, offsetInPage: number, length: number): Promise<Buffer> {
    assertWithinPage(volumeId, page, pageSizeBytes, offsetInPage, length);
    this.checkUsable();
    if (length === 0) return Buffer.alloc(0);
    this.begin();
    try {
      const span = blockSpan(offsetInPage, length);
      const bytes =
        span.end - span.first === 1
          ? this.readWithinBlock(volumeId, page, span.first, offsetInPage, length)
          : await this.readBlocks(volumeId, page, span, offsetInPage, length);
      assert(bytes.byteLength === length, `read ${bytes.byteLength} bytes, asked for ${length}`);
      this.counters.reads++;
      this.counters.bytesRead += length;
      return bytes;
    } finally {
      this.end();
    }
  }

  /**
   * Writes `data` at `offsetInPage` within one page; resolves once durable (fsync'd).
   * Atomic: one LevelDB batch. Concurrent writes share one fsync'd batch (group
   * commit). Writes to one page apply in call order. `data` must not change until the
   * promise settles.
   */
  async writePage(volumeId: number, page: number, pageSizeBytes: number, offsetInPage: number, data: Uint8Array): Promise<void> {
    const length = data.byteLength;
    assertWithinPage(volumeId, page, pageSizeBytes, offsetInPage, length);
    this.checkUsable();
    if (length === 0) return;
    if (this.pendingBytes + length > this.pendingBytesMax) {
      throw new BlockStoreBusyError(this.pendingBytes, length, this.pendingBytesMax);
    }
    this.pendingBytes += length;
    this.begin();
    try {
      // The page is held only while the write reads its edge blocks and stages its
      // batch ops; durability is awaited outside, so the next write to the page can
      // join the same batch (it reads this one's staged blocks, see `unsynced`).
      let durable: Promise<void> = Promise.resolve();
      await this.onPage(volumeId, page, async () => {
        durable = (await this.writeBlocks(volumeId, page, offsetInPage, data)).durable;
      });
      await durable;
      this.counters.writes++;
      this.counters.bytesWritten += length;
    } finally {
      this.pendingBytes -= length;
      assert(this.pendingBytes >= 0, `pending bytes went negative: ${this.pendingBytes}`);
      this.end();
    }
  }

  /**
   * Deletes every block of a volume (a deleted volume's space); durable when it
   * resolves. Deleted in bounded batches, so a crash midway leaves some blocks: call it
   * again (it is idempotent). The caller stops writing to the volume first; a write
   * racing the delete may leave its blocks behind. LevelDB reclaims the disk space as
   * it compacts.
   */
  async deleteVolume(volumeId: number): Promise<void> {
    assertId('volume id', volumeId);
    this.checkUsable();
    this.begin();
    try {
      const keys = this.db.keys({ ...volumeRange(volumeId), highWaterMarkBytes: DELETE_BLOCKS_PER_BATCH * BLOCK_KEY_BYTES });
      try {
        for (;;) {
          const chunk = await keys.nextv(DELETE_BLOCKS_PER_BATCH);
          if (chunk.length === 0) break;
          await this.stage(chunk.map((key) => ({ key, value: null })));
        }
      } finally {
        await keys.close();
      }
    } finally {
      this.end();
    }
  }

  /**
   * The pages that hold any stored block, sorted by (volumeId, page). For tests and the
   * operator ("each member holds only its pages"): one seek per page, and the answer
   * grows with the number of pages held.
   */
  async storedPages(volumeId?: number): Promise<Array<{ volumeId: number; page: number }>> {
    if (volumeId !== undefined) assertId('volume id', volumeId);
    this.checkUsable();
    const range = volumeId === undefined ? ALL_BLOCKS_RANGE : volumeRange(volumeId);
    const pages: Array<{ volumeId: number; page: number }> = [];
    await this.scanKeys(range, (address) => {
      pages.push({ volumeId: address.volumeId, page: address.page });
      return pageEndKey(address.volumeId, address.page);
    });
    return pages;
  }

  /** Volume ids that have any stored block, sorted. */
  async volumeIds(): Promise<number[]> {
    this.checkUsable();
    const ids: number[] = [];
    await this.scanKeys(ALL_BLOCKS_RANGE, (address) => {
      ids.push(address.volumeId);
      return volumeEndKey(address.volumeId);
    });
    return ids;
  }

  /** Counters since open: reads, writes, batches (fsyncs), bytesRead, bytesWritten, pendingBytes now. */
  stats(): BlockStoreStats {
    return { ...this.counters, pendingBytes: this.pendingBytes };
  }

  /** Waits for every call in flight (and its batch), then closes LevelDB. Later calls reject with BLOCK_STORE_CLOSED. */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    if (this.inflight > 0) await new Promise<void>((resolve) => (this.onIdle = resolve));
    assert(this.staged.length === 0 && !this.flushing, 'writes are still staged after the last call settled');
    assert(this.pageChains.size === 0, `${this.pageChains.size} page chains outlive their writes`);
    await this.db.close();
  }

  // Reads.

  /**
   * Bytes within one block: one `get`, and a view of its value (no copy). The get is
   * synchronous: LevelDB answers a cached block in microseconds, and the thread-pool
   * round trip of an async get cost more main-thread CPU than the read itself (in a
   * single-member test, 62 → 48 µs of main thread per 4 KiB GET, 12k → 17.5k req/s).
   * The price is that a block not in LevelDB's cache or the OS page cache blocks the
   * event loop for one disk read (about 0.1 ms on an SSD); multi-block reads, which
   * would block for longer, stay asynchronous.
   */
  private readWithinBlock(volumeId: number, page: number, block: number, offsetInPage: number, length: number): Buffer {
    const value = this.db.getSync(blockKey(volumeId, page, block));
    if (value === undefined) return Buffer.alloc(length);
    const payload = unsealBlock({ volumeId, page, block }, value);
    const start = offsetInPage - block * BLOCK_BYTES;
    return payload.subarray(start, start + length);
  }

  /** Bytes spanning blocks: one iterator (one snapshot) over their range; gaps are zeros. */
  private async readBlocks(volumeId: number, page: number, span: BlockSpan, offsetInPage: number, length: number): Promise<Buffer> {
    const blockCount = span.end - span.first;
    // One native call fetches every block when the whole range fits READ_FETCH_BYTES_MAX.
    const highWaterMarkBytes = Math.min(blockCount * (BLOCK_KEY_BYTES + BLOCK_VALUE_BYTES), READ_FETCH_BYTES_MAX);
    const iterator = this.db.iterator({ ...pageBlocksRange(volumeId, page, span.first, span.end), highWaterMarkBytes });
    const out = Buffer.allocUnsafe(length);
    let filledBytes = 0; // out[0, filledBytes) is written.
    try {
      for (let seen = 0; seen < blockCount; ) {
        const entries = await iterator.nextv(blockCount - seen);
        if (entries.length === 0) break;
        seen += entries.length;
        for (const [key, value] of entries) {
          const address = decodeBlockKey(key);
          assert(address.volumeId === volumeId && address.page === page, 'iterator left the page range');
          const blockStart = address.block * BLOCK_BYTES - offsetInPage; // In `out` coordinates; negative for a partial first block.
          const from = Math.max(0, -blockStart); // The block's bytes [from, to) are requested.
          const to = Math.min(BLOCK_BYTES, length - blockStart);
          assert(blockStart + from >= filledBytes && from < to, `block ${address.block} is out of order or outside the read`);
          out.fill(0, filledBytes, blockStart + from); // Blocks not stored read as zeros.
          unsealBlock(address, value).copy(out, blockStart + from, from, to);
          filledBytes = blockStart + to;
        }
      }
    } finally {
      await iterator.close();
    }
    if (filledBytes < length) out.fill(0, filledBytes);
    return out;
  }

  // Writes.

  /**
   * Runs `write` after every earlier write to the same page has settled. The chain is
   * removed when its last write settles, so the map holds only pages with writes in
   * flight (bounded by pendingBytesMax).
   */
  private async onPage(volumeId: number, page: number, write: () => Promise<void>): Promise<void> {
    const id = `${volumeId}/${page}`;
    let chain = this.pageChains.get(id);
    if (chain === undefined) {
      chain = { tail: Promise.resolve(), depth: 0 };
      this.pageChains.set(id, chain);
    }
    chain.depth++;
    const run = chain.tail.then(write);
    chain.tail = run.then(noop, noop);
    try {
      await run;
    } finally {
      if (--chain.depth === 0) this.pageChains.delete(id);
    }
  }

  /** Builds the write's blocks (reading its partial edge blocks) and stages them; returns the promise of their durability. */
  private async writeBlocks(volumeId: number, page: number, offsetInPage: number, data: Uint8Array): Promise<{ durable: Promise<void> }> {
    this.checkNotFailed(); // An earlier write in this page's chain may have failed the store.
    const span = blockSpan(offsetInPage, data.byteLength);
    const edges = await this.readEdges(volumeId, page, span, offsetInPage, data.byteLength);
    // Every byte of `values` is overwritten below: checksums, edge contents, data.
    const values = Buffer.allocUnsafe((span.end - span.first) * BLOCK_VALUE_BYTES);
    const ops: BlockOp[] = [];
    for (let block = span.first; block < span.end; block++) {
      const valueStart = (block - span.first) * BLOCK_VALUE_BYTES;
      const payload = values.subarray(valueStart + CHECKSUM_BYTES, valueStart + BLOCK_VALUE_BYTES);
      const blockStart = block * BLOCK_BYTES;
      const from = Math.max(offsetInPage, blockStart);
      const to = Math.min(offsetInPage + data.byteLength, blockStart + BLOCK_BYTES);
      if (to - from < BLOCK_BYTES) (edges.get(block) ?? ZERO_BLOCK).copy(payload);
      payload.set(data.subarray(from - offsetInPage, to - offsetInPage), from - blockStart);
      const key = blockKey(volumeId, page, block);
      if (payload.equals(ZERO_BLOCK)) {
        ops.push({ key, value: null }); // A zero block reads the same stored or not: free its space.
      } else {
        sealBlockAt(values, valueStart);
        ops.push({ key, value: values.subarray(valueStart, valueStart + BLOCK_VALUE_BYTES) });
      }
    }
    // Wrapped: an async function would otherwise wait for the promise it returns.
    return { durable: this.stage(ops) };
  }

  /**
   * The current contents of the write's partly covered first and last blocks, by block
   * number (absent when not stored: zeros). The page's chain is held, so nothing
   * changes them before this write's batch.
   */
  private async readEdges(volumeId: number, page: number, span: BlockSpan, offsetInPage: number, length: number): Promise<Map<number, Buffer>> {
    const partial: number[] = [];
    if (offsetInPage % BLOCK_BYTES !== 0 || (span.end - span.first === 1 && length < BLOCK_BYTES)) partial.push(span.first);
    const last = span.end - 1;
    if (last !== span.first && (offsetInPage + length) % BLOCK_BYTES !== 0) partial.push(last);
    const edges = new Map<number, Buffer>();
    const fromDisk: number[] = [];
    for (const block of partial) {
      // A block staged by an earlier write to this page and not yet synced is newer than the disk.
      const staged = this.unsynced.get(blockKey(volumeId, page, block).toString('latin1'));
      if (staged === undefined) fromDisk.push(block);
      else if (staged.value !== null) edges.set(block, unsealBlock({ volumeId, page, block }, staged.value));
    }
    if (fromDisk.length === 0) return edges;
    const values = await this.db.getMany(fromDisk.map((block) => blockKey(volumeId, page, block)));
    for (let i = 0; i < fromDisk.length; i++) {
      const value = values[i];
      const block = fromDisk[i]!;
      if (value !== undefined) edges.set(block, unsealBlock({ volumeId, page, block }, value));
    }
    return edges;
  }

  /** Queues `ops` for the next batch; resolves once that batch is durable. */
  private stage(ops: BlockOp[]): Promise<void> {
    const stamp = ++this.stageCounter;
    for (const op of ops) this.unsynced.set(op.key.toString('latin1'), { value: op.value, stamp });
    return new Promise<void>((resolve, reject) => {
      this.staged.push({ ops, stamp, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Writes staged ops as batches, one at a time, until none are left. Never rejects. */
  private async flush(): Promise<void> {
    assert(!this.flushing, 'two flush loops');
    this.flushing = true;
    try {
      while (this.staged.length > 0) {
        // Let the rest of this turn of the event loop (requests read in the same poll)
        // stage their writes first, so they share this batch's fsync.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await this.writeGroup(this.takeGroup());
      }
    } finally {
      this.flushing = false;
    }
  }

  /** The next batch's writes: the oldest staged, up to BATCH_BLOCKS_MAX blocks (at least one write). */
  private takeGroup(): StagedWrite[] {
    let count = 0;
    let blocks = 0;
    for (const write of this.staged) {
      if (count > 0 && blocks + write.ops.length > BATCH_BLOCKS_MAX) break;
      blocks += write.ops.length;
      count++;
    }
    return this.staged.splice(0, count);
  }

  /** One synced batch for `group`; settles every write in it. A failure is fail-stop. */
  private async writeGroup(group: StagedWrite[]): Promise<void> {
    if (this.failure !== null) {
      for (const write of group) write.reject(this.failedError());
      return;
    }
    try {
      await writeBatch(this.db, group);
    } catch (err) {
      this.failure = { cause: err };
      const failed = new BlockStoreWriteFailedError('the batch was not written', err);
      for (const write of group) write.reject(failed);
      return;
    }
    this.counters.batches++;
    for (const write of group) {
      this.forgetSynced(write);
      write.resolve();
    }
  }

  /** Drops a now durable write's blocks from `unsynced`, unless a later write staged them again. */
  private forgetSynced(write: StagedWrite): void {
    for (const op of write.ops) {
      const id = op.key.toString('latin1');
      if (this.unsynced.get(id)?.stamp === write.stamp) this.unsynced.delete(id);
    }
  }

  // Bookkeeping.

  /**
   * Visits stored block keys in `range` in order. `visit` returns the key to seek to
   * next, so a caller skips the rest of a page or volume in one seek.
   */
  private async scanKeys(range: Readonly<KeyRange>, visit: (address: BlockAddress) => Buffer): Promise<void> {
    this.begin();
    try {
      const keys = this.db.keys({ gte: range.gte, lt: range.lt });
      try {
        for (let key = await keys.next(); key !== undefined; key = await keys.next()) {
          keys.seek(visit(decodeBlockKey(key)));
        }
      } finally {
        await keys.close();
      }
    } finally {
      this.end();
    }
  }

  private begin(): void {
    this.inflight++;
  }

  private end(): void {
    this.inflight--;
    assert(this.inflight >= 0, 'more calls ended than began');
    if (this.inflight === 0 && this.onIdle !== null) {
      this.onIdle();
      this.onIdle = null;
    }
  }

  private checkUsable(): void {
    if (this.closing !== null) throw new BlockStoreClosedError();
    this.checkNotFailed();
  }

  private checkNotFailed(): void {
    if (this.failure !== null) throw this.failedError();
  }

  private failedError(): BlockStoreWriteFailedError {
    return new BlockStoreWriteFailedError('an earlier batch failed; reopen the block store', this.failure?.cause);
  }
}

/**
 * Writes every op of `group` as one atomic LevelDB batch, synced. A chained batch, as
 * in ./raft-storage.ts: it hands each key and value to the binding directly instead of
 * cloning an array of operations first.
 */
async function writeBatch(db: BlockDatabase, group: readonly StagedWrite[]): Promise<void> {
  const batch = db.batch();
  try {
    for (const write of group) {
      for (const op of write.ops) {
        if (op.value === null) batch.del(op.key);
        else batch.put(op.key, op.value);
      }
    }
  } catch (err) {
    await batch.close();
    throw err;
  }
  await batch.write({ sync: true });
}

/** Writes the layout version into a new store, or checks the one found. */
async function checkLayoutVersion(db: BlockDatabase): Promise<void> {
  const stored = await db.get(BLOCK_LAYOUT_VERSION_KEY);
  if (stored === undefined) {
    await db.put(BLOCK_LAYOUT_VERSION_KEY, encodeLayoutVersion(BLOCK_LAYOUT_VERSION), { sync: true });
    return;
  }
  const version = decodeLayoutVersion(stored);
  if (version !== BLOCK_LAYOUT_VERSION) throw new StorageVersionError(String(version), BLOCK_LAYOUT_VERSION);
}

function resolvePendingBytesMax(options: BlockStoreOptions): number {
  const pendingBytesMax = options.pendingBytesMax ?? BLOCK_STORE_PENDING_BYTES_MAX;
  assert(Number.isSafeInteger(pendingBytesMax) && pendingBytesMax > 0, `pendingBytesMax ${pendingBytesMax} is not a positive integer`);
  return pendingBytesMax;
}

/** The blocks a request of `length` (> 0) bytes at `offsetInPage` touches. */
function blockSpan(offsetInPage: number, length: number): BlockSpan {
  return { first: Math.floor(offsetInPage / BLOCK_BYTES), end: Math.ceil((offsetInPage + length) / BLOCK_BYTES) };
}

/**
 * The caller (the server) validates user input, so a request outside its page, or a
 * page size that is not a power of two, is a bug here.
 */
function assertWithinPage(volumeId: number, page: number, pageSizeBytes: number, offsetInPage: number, length: number): void {
  assertId('volume id', volumeId);
  assertId('page', page);
  assert(
    Number.isSafeInteger(pageSizeBytes) && pageSizeBytes >= PAGE_SIZE_BYTES_MIN && Number.isInteger(Math.log2(pageSizeBytes)),
    `page size ${pageSizeBytes} is not a power of two ≥ ${PAGE_SIZE_BYTES_MIN}`,
  );
  assert(pageSizeBytes / BLOCK_BYTES <= PAGE_BLOCKS_MAX, `page size ${pageSizeBytes} has more blocks than a key can number`);
  assert(Number.isSafeInteger(offsetInPage) && offsetInPage >= 0, `offset ${offsetInPage} is not a non-negative integer`);
  assert(Number.isSafeInteger(length) && length >= 0, `length ${length} is not a non-negative integer`);
  assert(offsetInPage + length <= pageSizeBytes, `bytes [${offsetInPage}, ${offsetInPage + length}) are outside a page of ${pageSizeBytes}`);
}

function assertId(name: string, id: number): void {
  assert(Number.isSafeInteger(id) && id >= 0, `${name} ${id} is not a non-negative safe integer`);
}
