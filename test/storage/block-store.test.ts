/**
 * BlockStore: pages of volumes as checksummed 4 KiB blocks in LevelDB. Reads return
 * what was written (zeros where nothing was), writes are durable and atomic when they
 * resolve, concurrent writes share fsyncs but never lose each other's bytes, and a
 * damaged block, a full queue, a failed disk or a closed store each answer with their
 * own code. Every test runs on a real LevelDB in a temporary directory.
 */
import test, { type ExecutionContext } from 'ava';
import fc from 'fast-check';
import { Level } from 'level';
import { AssertionFailure } from '../../src/raft/index.js';
import { BLOCK_LAYOUT_VERSION_KEY, blockKey, encodeLayoutVersion } from '../../src/storage/block-codec.js';
import {
  BLOCK_BYTES,
  type BlockDatabase,
  BlockCorruptError,
  BlockStore,
  type BlockStoreOptions,
  StorageCorruptError,
} from '../../src/storage/index.js';
import { makeTempDir, removeTempDir, tempDir } from './helpers.js';

/** The smallest page size the store accepts; the tests use it unless they need more. */
const PAGE = 64 * 1024;

/** Opens a store in a fresh directory, closed (and removed) when the test ends. */
async function openStore(t: ExecutionContext, options?: BlockStoreOptions): Promise<{ store: BlockStore; dir: string }> {
  const dir = tempDir(t);
  const store = await BlockStore.open(dir, options);
  t.teardown(() => store.close());
  return { store, dir };
}

/** `length` bytes that name `seed`, never all zeros. */
function pattern(length: number, seed: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) out[i] = ((seed * 131 + i * 7) % 255) + 1;
  return out;
}

/** Changes the database in `dir` behind the store's back. */
async function tamper(dir: string, fn: (db: BlockDatabase) => Promise<void>): Promise<void> {
  const db: BlockDatabase = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  try {
    await fn(db);
  } finally {
    await db.close();
  }
}

test('bytes never written read as zeros, within one block and across blocks', async (t) => {
  const { store } = await openStore(t);
  t.deepEqual(await store.readPage(1, 0, PAGE, 0, BLOCK_BYTES), Buffer.alloc(BLOCK_BYTES));
  t.deepEqual(await store.readPage(1, 0, PAGE, 100, 10), Buffer.alloc(10));
  t.deepEqual(await store.readPage(1, 7, PAGE, 0, PAGE), Buffer.alloc(PAGE));
  t.deepEqual(await store.readPage(1, 7, PAGE, 4000, 5000), Buffer.alloc(5000));
  t.deepEqual(await store.readPage(1, 7, PAGE, 10, 0), Buffer.alloc(0));
  t.deepEqual(await store.storedPages(), []);
});

test('an aligned write round-trips and is stored as whole blocks', async (t) => {
  const { store } = await openStore(t);
  const data = pattern(3 * BLOCK_BYTES, 1);
  await store.writePage(2, 5, PAGE, BLOCK_BYTES, data);
  t.deepEqual(await store.readPage(2, 5, PAGE, BLOCK_BYTES, data.length), data);
  t.deepEqual(await store.readPage(2, 5, PAGE, BLOCK_BYTES * 2, BLOCK_BYTES), data.subarray(BLOCK_BYTES, 2 * BLOCK_BYTES));
  t.deepEqual(await store.readPage(2, 5, PAGE, 0, BLOCK_BYTES), Buffer.alloc(BLOCK_BYTES), 'the block before is untouched');
  t.like(store.stats(), { writes: 1, batches: 1, bytesWritten: data.length, pendingBytes: 0 });
});

test('an unaligned write keeps the bytes around it in its edge blocks', async (t) => {
  const { store } = await openStore(t);
  const background = pattern(PAGE, 2);
  await store.writePage(3, 0, PAGE, 0, background);
  const data = pattern(10_000, 3);
  await store.writePage(3, 0, PAGE, 1234, data);
  const expected = Buffer.from(background);
  data.copy(expected, 1234);
  t.deepEqual(await store.readPage(3, 0, PAGE, 0, PAGE), expected);
  t.deepEqual(await store.readPage(3, 0, PAGE, 1230, 10), expected.subarray(1230, 1240));
});

test('a page larger than the minimum keys all its blocks', async (t) => {
  const { store } = await openStore(t);
  const pageSizeBytes = 4 * 1024 * 1024;
  const data = pattern(BLOCK_BYTES + 1, 4);
  await store.writePage(1, 2, pageSizeBytes, pageSizeBytes - data.length, data);
  t.deepEqual(await store.readPage(1, 2, pageSizeBytes, pageSizeBytes - data.length, data.length), data);
  t.deepEqual(await store.storedPages(), [{ volumeId: 1, page: 2 }]);
});

test('a read longer than one iterator fetch still reads every block', async (t) => {
  const { store } = await openStore(t);
  const pageSizeBytes = 32 * 1024 * 1024;
  const chunkBytes = 4 * 1024 * 1024;
  const expected = Buffer.alloc(pageSizeBytes);
  for (let offset = 0; offset < 20 * 1024 * 1024; offset += chunkBytes) {
    const data = pattern(chunkBytes, offset / chunkBytes);
    await store.writePage(1, 0, pageSizeBytes, offset, data);
    data.copy(expected, offset);
  }
  t.true((await store.readPage(1, 0, pageSizeBytes, 0, pageSizeBytes)).equals(expected), 'more than READ_FETCH_BYTES_MAX of stored blocks');
});

/** One step of the model test: a write of `length` bytes named `seed`, or a read. */
const stepArbitrary = fc.record({
  kind: fc.constantFrom('write', 'write', 'read', 'zeros'),
  page: fc.nat(2),
  offset: fc.oneof(fc.nat(PAGE - 1), fc.nat(15).map((block) => block * BLOCK_BYTES)),
  length: fc.oneof(fc.integer({ min: 1, max: 3 * BLOCK_BYTES }), fc.constant(BLOCK_BYTES)),
  seed: fc.nat(1_000),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer S> ? S : never;

/** The step's data, clipped to its page; zeros for a 'zeros' step (which frees blocks). */
function stepData(step: Step): { offset: number; data: Buffer } {
  const length = Math.min(step.length, PAGE - step.offset);
  return { offset: step.offset, data: step.kind === 'zeros' ? Buffer.alloc(length) : pattern(length, step.seed) };
}

test('random writes and reads agree with an in-memory model of the pages', async (t) => {
  const { store } = await openStore(t);
  let volumeId = 0; // Each run, and each shrink, gets a volume of its own.
  await fc.assert(
    fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }), async (steps) => {
      volumeId++;
      const model = [0, 1, 2].map(() => Buffer.alloc(PAGE));
      for (const step of steps) {
        const { offset, data } = stepData(step);
        if (step.kind === 'read') {
          const got = await store.readPage(volumeId, step.page, PAGE, offset, data.length);
          if (!got.equals(model[step.page]!.subarray(offset, offset + data.length))) return false;
        } else {
          await store.writePage(volumeId, step.page, PAGE, offset, data);
          data.copy(model[step.page]!, offset);
        }
      }
      for (let page = 0; page < 3; page++) {
        if (!(await store.readPage(volumeId, page, PAGE, 0, PAGE)).equals(model[page]!)) return false;
      }
      return true;
    }),
    { numRuns: 100 },
  );
  t.is(store.stats().pendingBytes, 0);
  t.is(store['pageChains'].size, 0, 'no page chain outlives its writes');
});

test('writes issued all at once apply to each page in call order, as the model applies them one by one', async (t) => {
  const { store } = await openStore(t);
  let volumeId = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 30 }), async (steps) => {
      volumeId++;
      const model = [0, 1, 2].map(() => Buffer.alloc(PAGE));
      const writes: Array<Promise<void>> = [];
      for (const step of steps.filter((s) => s.kind !== 'read')) {
        const { offset, data } = stepData(step);
        writes.push(store.writePage(volumeId, step.page, PAGE, offset, data));
        data.copy(model[step.page]!, offset);
      }
      await Promise.all(writes);
      for (let page = 0; page < 3; page++) {
        if (!(await store.readPage(volumeId, page, PAGE, 0, PAGE)).equals(model[page]!)) return false;
      }
      return true;
    }),
    { numRuns: 50 },
  );
  t.is(store['pageChains'].size, 0);
});

test('concurrent writes to different pages share fsync batches, and every one resolves', async (t) => {
  const { store } = await openStore(t);
  const writes = Array.from({ length: 64 }, (_, page) => store.writePage(1, page, PAGE, 0, pattern(BLOCK_BYTES, page)));
  await Promise.all(writes);
  const { batches, writes: written } = store.stats();
  t.is(written, 64);
  t.true(batches < 64, `64 writes took ${batches} batches`);
  for (let page = 0; page < 64; page++) t.deepEqual(await store.readPage(1, page, PAGE, 0, BLOCK_BYTES), pattern(BLOCK_BYTES, page));
});

test('concurrent unaligned writes to the same block both survive', async (t) => {
  const { store } = await openStore(t);
  const first = Buffer.alloc(100, 0xaa);
  const second = Buffer.alloc(100, 0xbb);
  await Promise.all([store.writePage(1, 0, PAGE, 0, first), store.writePage(1, 0, PAGE, 100, second)]);
  t.deepEqual(await store.readPage(1, 0, PAGE, 0, 200), Buffer.concat([first, second]));
  t.deepEqual(await store.readPage(1, 0, PAGE, 200, BLOCK_BYTES - 200), Buffer.alloc(BLOCK_BYTES - 200));
});

test('everything written comes back after close and reopen', async (t) => {
  const dir = tempDir(t);
  const data = pattern(20_000, 9);
  const first = await BlockStore.open(dir);
  await first.writePage(4, 1, PAGE, 777, data);
  await first.writePage(5, 0, PAGE, 0, pattern(BLOCK_BYTES, 10));
  await first.close();
  const second = await BlockStore.open(dir);
  t.teardown(() => second.close());
  t.deepEqual(await second.readPage(4, 1, PAGE, 777, data.length), data);
  t.deepEqual(await second.readPage(5, 0, PAGE, 0, BLOCK_BYTES), pattern(BLOCK_BYTES, 10));
  t.deepEqual(await second.storedPages(), [
    { volumeId: 4, page: 1 },
    { volumeId: 5, page: 0 },
  ]);
});

test('storedPages lists exactly the written pages in (volume, page) order, and volumeIds their volumes', async (t) => {
  const { store } = await openStore(t);
  const written = [
    [9, 3],
    [2, 0],
    [2, 300],
    [2, 1],
    [7, 2 ** 40],
    [0, 0],
  ] as const;
  for (const [volumeId, page] of written) await store.writePage(volumeId, page, PAGE, PAGE - 10, pattern(10, page));
  // Blocks 0 and 15 of one page are still one page.
  await store.writePage(2, 1, PAGE, 0, pattern(1, 1));
  t.deepEqual(await store.storedPages(), [
    { volumeId: 0, page: 0 },
    { volumeId: 2, page: 0 },
    { volumeId: 2, page: 1 },
    { volumeId: 2, page: 300 },
    { volumeId: 7, page: 2 ** 40 },
    { volumeId: 9, page: 3 },
  ]);
  t.deepEqual(await store.storedPages(2), [
    { volumeId: 2, page: 0 },
    { volumeId: 2, page: 1 },
    { volumeId: 2, page: 300 },
  ]);
  t.deepEqual(await store.storedPages(3), []);
  t.deepEqual(await store.volumeIds(), [0, 2, 7, 9]);
});

test('a block written back to zeros is freed: it reads as zeros and its page is no longer stored', async (t) => {
  const { store } = await openStore(t);
  await store.writePage(1, 0, PAGE, 10, pattern(100, 1));
  await store.writePage(1, 0, PAGE, 10, Buffer.alloc(100));
  t.deepEqual(await store.readPage(1, 0, PAGE, 0, BLOCK_BYTES), Buffer.alloc(BLOCK_BYTES));
  t.deepEqual(await store.storedPages(), []);
});

test('deleteVolume removes every block of that volume and nothing else', async (t) => {
  const { store } = await openStore(t);
  for (let page = 0; page < 5; page++) {
    await store.writePage(1, page, PAGE, 0, pattern(PAGE, page));
    await store.writePage(2, page, PAGE, 0, pattern(PAGE, page + 10));
  }
  await store.writePage(3, 0, PAGE, 0, pattern(10, 3));
  await store.deleteVolume(2);
  t.deepEqual(await store.volumeIds(), [1, 3]);
  t.deepEqual(await store.storedPages(2), []);
  t.deepEqual(await store.readPage(2, 3, PAGE, 0, PAGE), Buffer.alloc(PAGE));
  for (let page = 0; page < 5; page++) t.deepEqual(await store.readPage(1, page, PAGE, 0, PAGE), pattern(PAGE, page));
  t.deepEqual(await store.readPage(3, 0, PAGE, 0, 10), pattern(10, 3));
  await store.deleteVolume(2); // Idempotent, and a volume with no blocks is fine.
  await store.deleteVolume(99);
  t.deepEqual(await store.volumeIds(), [1, 3]);
});

test('deleteVolume of a volume larger than one delete batch removes it all, durably', async (t) => {
  const dir = tempDir(t);
  const store = await BlockStore.open(dir);
  const pageSizeBytes = 4 * 1024 * 1024; // 1024 blocks a page: 5 pages are more than one delete batch.
  for (let page = 0; page < 5; page++) await store.writePage(8, page, pageSizeBytes, 0, pattern(pageSizeBytes, page));
  await store.deleteVolume(8);
  await store.close();
  const reopened = await BlockStore.open(dir);
  t.teardown(() => reopened.close());
  t.deepEqual(await reopened.volumeIds(), []);
});

test('a damaged block is STORAGE_CORRUPT naming volume, page and block, for reads and read-modify-writes', async (t) => {
  const dir = tempDir(t);
  const first = await BlockStore.open(dir);
  await first.writePage(6, 2, PAGE, 0, pattern(3 * BLOCK_BYTES, 6));
  await first.close();
  await tamper(dir, async (db) => {
    const value = Buffer.from((await db.get(blockKey(6, 2, 1)))!);
    value[100]! ^= 0x04;
    await db.put(blockKey(6, 2, 1), value);
  });
  const store = await BlockStore.open(dir);
  t.teardown(() => store.close());
  const expected = { instanceOf: BlockCorruptError, code: 'STORAGE_CORRUPT' };
  const single = await t.throwsAsync(store.readPage(6, 2, PAGE, BLOCK_BYTES, 10), expected);
  t.like(single, { volumeId: 6, page: 2, block: 1 });
  t.regex(single?.message ?? '', /volume 6 page 2 block 1.*checksum/);
  t.true(single instanceof StorageCorruptError);
  await t.throwsAsync(store.readPage(6, 2, PAGE, 0, 3 * BLOCK_BYTES), expected, 'a read across blocks');
  await t.throwsAsync(store.writePage(6, 2, PAGE, BLOCK_BYTES + 1, pattern(5, 1)), expected, 'an unaligned write reads the block first');
  t.deepEqual(await store.readPage(6, 2, PAGE, 0, BLOCK_BYTES), pattern(BLOCK_BYTES, 6), 'the blocks beside it are fine');
  t.is(store.stats().pendingBytes, 0);
  await store.writePage(6, 2, PAGE, BLOCK_BYTES, pattern(BLOCK_BYTES, 7)); // A whole-block write repairs it.
  t.deepEqual(await store.readPage(6, 2, PAGE, BLOCK_BYTES, BLOCK_BYTES), pattern(BLOCK_BYTES, 7));
});

test('a block value of the wrong size is STORAGE_CORRUPT', async (t) => {
  const dir = tempDir(t);
  await tamper(dir, (db) => db.put(blockKey(1, 0, 0), Buffer.alloc(10, 1)));
  const store = await BlockStore.open(dir);
  t.teardown(() => store.close());
  await t.throwsAsync(store.readPage(1, 0, PAGE, 0, 10), { code: 'STORAGE_CORRUPT', message: /value of 10 bytes/ });
});

test('a store written by another layout version is refused', async (t) => {
  const dir = tempDir(t);
  await tamper(dir, (db) => db.put(BLOCK_LAYOUT_VERSION_KEY, encodeLayoutVersion(99)));
  await t.throwsAsync(BlockStore.open(dir), { code: 'STORAGE_VERSION_UNSUPPORTED' });
});

test('writes past pendingBytesMax are refused at once with BLOCK_STORE_BUSY, and accepted again once durable', async (t) => {
  const { store } = await openStore(t, { pendingBytesMax: 2 * BLOCK_BYTES });
  const a = store.writePage(1, 0, PAGE, 0, pattern(BLOCK_BYTES, 1));
  const b = store.writePage(1, 1, PAGE, 0, pattern(BLOCK_BYTES, 2));
  t.is(store.stats().pendingBytes, 2 * BLOCK_BYTES);
  await t.throwsAsync(store.writePage(1, 2, PAGE, 0, pattern(1, 3)), { code: 'BLOCK_STORE_BUSY' });
  await Promise.all([a, b]);
  t.is(store.stats().pendingBytes, 0);
  await store.writePage(1, 2, PAGE, 0, pattern(1, 3));
  t.deepEqual(await store.storedPages(), [0, 1, 2].map((page) => ({ volumeId: 1, page })));
});

test('close waits for writes in flight; later calls reject with BLOCK_STORE_CLOSED', async (t) => {
  const dir = tempDir(t);
  const store = await BlockStore.open(dir);
  const writes = Array.from({ length: 10 }, (_, page) => store.writePage(1, page, PAGE, 5, pattern(9000, page)));
  const closed = store.close();
  await Promise.all(writes);
  await closed;
  await store.close(); // Closing twice is fine.
  const expected = { code: 'BLOCK_STORE_CLOSED' };
  await t.throwsAsync(store.readPage(1, 0, PAGE, 0, 1), expected);
  await t.throwsAsync(store.writePage(1, 0, PAGE, 0, pattern(1, 1)), expected);
  await t.throwsAsync(store.deleteVolume(1), expected);
  await t.throwsAsync(store.storedPages(), expected);
  await t.throwsAsync(store.volumeIds(), expected);
  const reopened = await BlockStore.open(dir);
  t.teardown(() => reopened.close());
  t.is((await reopened.storedPages(1)).length, 10, 'every write accepted before close is durable');
});

test('a failed batch rejects every write in it with BLOCK_STORE_WRITE_FAILED, and the store stays failed', async (t) => {
  const dir = tempDir(t);
  const db: BlockDatabase = new Level<Buffer, Buffer>(dir, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
  await db.open();
  const store = await BlockStore.load(db);
  t.teardown(() => store.close());
  await store.writePage(1, 0, PAGE, 0, pattern(BLOCK_BYTES, 1));
  db.hooks.prewrite.add(() => {
    throw new Error('injected disk failure');
  });
  const writes = [0, 1, 2].map((page) => store.writePage(1, page, PAGE, 0, pattern(BLOCK_BYTES, 2)));
  for (const write of writes) {
    const err = await t.throwsAsync(write, { code: 'BLOCK_STORE_WRITE_FAILED' });
    t.truthy(err?.cause, 'the LevelDB error is the cause');
  }
  const failStop = { code: 'BLOCK_STORE_WRITE_FAILED' };
  await t.throwsAsync(store.writePage(1, 5, PAGE, 0, pattern(1, 1)), failStop, 'after a failed fsync nothing on disk can be trusted');
  await t.throwsAsync(store.readPage(1, 0, PAGE, 0, 1), failStop);
  await t.throwsAsync(store.deleteVolume(1), failStop);
  t.is(store.stats().pendingBytes, 0);
});

test('a read never sees half of a concurrent write of several blocks within the page', async (t) => {
  const { store } = await openStore(t);
  const span = 6 * BLOCK_BYTES;
  const fills = [0xa1, 0xb2] as const;
  await store.writePage(1, 0, PAGE, 0, Buffer.alloc(span, fills[0]));
  const seen = { old: 0, new: 0, torn: 0 };
  /** Reads the span (whole, and an unaligned middle) until the write settles, classifying each read. */
  async function readWhile(write: Promise<void>, oldFill: number, newFill: number): Promise<void> {
    let settled = false;
    void write.finally(() => (settled = true));
    while (!settled) {
      for (const bytes of await Promise.all([store.readPage(1, 0, PAGE, 0, span), store.readPage(1, 0, PAGE, 1000, span - 2000)])) {
        const first = bytes[0]!;
        if (bytes.some((byte) => byte !== first)) seen.torn++;
        else if (first === oldFill) seen.old++;
        else if (first === newFill) seen.new++;
        else seen.torn++;
      }
    }
  }
  for (let i = 1; i <= 100; i++) {
    const [oldFill, newFill] = i % 2 === 1 ? fills : ([fills[1], fills[0]] as const);
    const write = store.writePage(1, 0, PAGE, 0, Buffer.alloc(span, newFill));
    await readWhile(write, oldFill, newFill);
    await write;
  }
  t.is(seen.torn, 0);
  t.log(`reads that saw the old bytes: ${seen.old}, the new bytes: ${seen.new}`);
});

test('requests outside the page or with a bad page size are programmer errors', async (t) => {
  const { store } = await openStore(t);
  const assertion = { instanceOf: AssertionFailure };
  await t.throwsAsync(store.readPage(1, 0, PAGE, PAGE - 1, 2), assertion);
  await t.throwsAsync(store.writePage(1, 0, PAGE, PAGE, pattern(1, 1)), assertion);
  await t.throwsAsync(store.readPage(1, 0, 96 * 1024, 0, 1), assertion, 'not a power of two');
  await t.throwsAsync(store.readPage(1, 0, 32 * 1024, 0, 1), assertion, 'smaller than 64 KiB');
  await t.throwsAsync(store.readPage(-1, 0, PAGE, 0, 1), assertion);
  await t.throwsAsync(store.readPage(1, 0.5, PAGE, 0, 1), assertion);
  await t.throwsAsync(store.writePage(1, 2 ** 53, PAGE, 0, pattern(1, 1)), assertion);
  t.is(store.stats().pendingBytes, 0);
});

test('a directory that cannot be opened is BLOCK_STORE_OPEN_FAILED', async (t) => {
  const dir = makeTempDir();
  t.teardown(() => removeTempDir(dir));
  const holder = await BlockStore.open(dir);
  t.teardown(() => holder.close());
  await t.throwsAsync(BlockStore.open(dir), { code: 'BLOCK_STORE_OPEN_FAILED' }, 'LevelDB holds a lock on its directory');
});
