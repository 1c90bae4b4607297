/**
 * Operating errors of the block store, in the manner of ./errors.ts: each class has a
 * stable `code` that the server maps to its answer (BLOCK_STORE_BUSY becomes 503), and
 * the LevelDB error, if any, rides along as `cause`.
 */
import { StorageCorruptError, StorageError } from './errors.js';

/** The base of every block-store error other than corruption; `code` is stable across versions. */
export class BlockStoreError extends StorageError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'BlockStoreError';
  }
}

/**
 * A write was refused because too many bytes are accepted but not yet durable. The
 * caller should back off and retry; nothing was written.
 */
export class BlockStoreBusyError extends BlockStoreError {
  constructor(pendingBytes: number, requestedBytes: number, pendingBytesMax: number) {
    super(
      'BLOCK_STORE_BUSY',
      `the block store holds ${pendingBytes} bytes not yet durable; ${requestedBytes} more would pass the limit of ${pendingBytesMax}`,
    );
    this.name = 'BlockStoreBusyError';
  }
}

/** A call after `close()`. */
export class BlockStoreClosedError extends BlockStoreError {
  constructor() {
    super('BLOCK_STORE_CLOSED', 'the block store is closed');
    this.name = 'BlockStoreClosedError';
  }
}

/**
 * A batch did not reach the disk, or an earlier one failed. After a failed fsync the
 * state of the disk is unknown, so the store refuses every later call (fail-stop): the
 * member must restart and reload what is really on disk.
 */
export class BlockStoreWriteFailedError extends BlockStoreError {
  constructor(reason: string, cause: unknown) {
    super('BLOCK_STORE_WRITE_FAILED', `${reason}: ${describe(cause)}`, { cause });
    this.name = 'BlockStoreWriteFailedError';
  }
}

/** LevelDB could not be opened (missing permissions, locked by another process, ...). */
export class BlockStoreOpenFailedError extends BlockStoreError {
  constructor(dir: string, cause: unknown) {
    super('BLOCK_STORE_OPEN_FAILED', `cannot open the block store in '${dir}': ${describe(cause)}`, { cause });
    this.name = 'BlockStoreOpenFailedError';
  }
}

/**
 * A stored block fails its checksum or has the wrong size. Code STORAGE_CORRUPT, like
 * every corrupt record; the block is named so an operator can find the volume to
 * restore. Never answered with a guess (zeros or the damaged bytes).
 */
export class BlockCorruptError extends StorageCorruptError {
  /** The volume holding the bad block. */
  readonly volumeId: number;
  /** The page of that volume. */
  readonly page: number;
  /** The block within the page (byte offset block × BLOCK_BYTES). */
  readonly block: number;
  constructor(volumeId: number, page: number, block: number, reason: string) {
    super(`volume ${volumeId} page ${page} block ${block}`, reason);
    this.name = 'BlockCorruptError';
    this.volumeId = volumeId;
    this.page = page;
    this.block = block;
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
