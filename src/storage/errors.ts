/**
 * Operating errors of the storage layer. Each class has a stable `code` that callers
 * (the driver, the admin API) map to their own answers, in the manner of
 * Level/abstract-level's error codes; the underlying LevelDB error rides along as
 * `cause`. Broken invariants are not here: they are the Raft core's `assert`.
 */

/** The base of every storage error: `code` is stable across versions. */
export class StorageError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

/**
 * A record on disk does not decode, fails its checksum, or breaks an invariant of
 * the log (a gap, a commit past the last entry). Never answered with a guess: the
 * member must not run on a log it cannot trust.
 */
export class StorageCorruptError extends StorageError {
  /** The LevelDB key of the bad record (or of the records that disagree). */
  readonly key: string;
  constructor(key: string, reason: string, options?: { cause?: unknown }) {
    super('STORAGE_CORRUPT', `corrupt record '${key}': ${reason}`, options);
    this.name = 'StorageCorruptError';
    this.key = key;
  }
}

/** The database was written by a layout version this code does not know. */
export class StorageVersionError extends StorageError {
  constructor(found: string, supported: number) {
    super('STORAGE_VERSION_UNSUPPORTED', `storage layout version '${found}' is not supported (this build reads version ${supported})`);
    this.name = 'StorageVersionError';
  }
}

/** A call after `close()`. */
export class StorageClosedError extends StorageError {
  constructor() {
    super('STORAGE_CLOSED', 'the Raft log storage is closed');
    this.name = 'StorageClosedError';
  }
}

/** LevelDB could not be opened (missing permissions, locked by another process, ...). */
export class StorageOpenFailedError extends StorageError {
  constructor(dir: string, cause: unknown) {
    super('STORAGE_OPEN_FAILED', `cannot open the Raft log in '${dir}': ${describe(cause)}`, { cause });
    this.name = 'StorageOpenFailedError';
  }
}

/**
 * A write did not reach the disk, or an earlier one failed. After a failed fsync the
 * state of the disk is unknown (PostgreSQL's "fsyncgate"), so the storage refuses
 * every later write: the member must restart and reload what is really on disk.
 */
export class StorageWriteFailedError extends StorageError {
  constructor(reason: string, cause: unknown) {
    super('STORAGE_WRITE_FAILED', `${reason}: ${describe(cause)}`, { cause });
    this.name = 'StorageWriteFailedError';
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
