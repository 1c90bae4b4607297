/**
 * The driver's order of work on a Ready: what it may do before this Ready's write
 * is durable, and what must wait for it. One member on a real LevelDB log, whose
 * writes the test can hold back.
 */
import test from 'ava';
import { type ConfState, type Entry, type HardState, SILENT_LOGGER, type Snapshot } from '../../src/raft/index.js';
import { type DurableRaftStorage, RaftDriver } from '../../src/server/driver.js';
import { type CompactionStats, DEFAULT_COMPACTION_POLICY, LevelRaftStorage } from '../../src/storage/index.js';
import { tempDir } from '../storage/helpers.js';

/** How long a test waits for the single member to elect itself. */
const ELECTION_WAIT_MS = 5_000;
/** Long enough that an answer arriving only after the held write shows it waited for it. */
const SECOND_WRITE_HOLD_MS_MAX = 1_000;

type SaveBatch = Parameters<DurableRaftStorage['save']>[0];

/** LevelRaftStorage whose saves can be intercepted: `beforeSave` runs first and may delay the write. */
class InterceptedStorage implements DurableRaftStorage {
  beforeSave: (batch: SaveBatch) => Promise<void> = async () => undefined;

  constructor(private readonly inner: LevelRaftStorage) {}

  initialState(): { hardState: HardState; confState: ConfState } {
    return this.inner.initialState();
  }
  entries(lo: number, hi: number, maxBytes: number): Entry[] {
    return this.inner.entries(lo, hi, maxBytes);
  }
  term(i: number): number {
    return this.inner.term(i);
  }
  firstIndex(): number {
    return this.inner.firstIndex();
  }
  lastIndex(): number {
    return this.inner.lastIndex();
  }
  snapshot(): Snapshot {
    return this.inner.snapshot();
  }
  async save(batch: SaveBatch): Promise<void> {
    await this.beforeSave(batch);
    await this.inner.save(batch);
  }
  createSnapshot(index: number, confState: ConfState, data: Uint8Array): Promise<unknown> {
    return this.inner.createSnapshot(index, confState, data);
  }
  compact(index: number): Promise<void> {
    return this.inner.compact(index);
  }
  compactionStats(appliedIndex: number): CompactionStats {
    return this.inner.compactionStats(appliedIndex);
  }
}

const NO_PEERS = { send() {}, onMessage() {}, onUnreachable() {}, onSnapshotStatus() {}, setPeers() {} };

async function singleMember(dir: string): Promise<{ driver: RaftDriver; storage: InterceptedStorage; close: () => Promise<void> }> {
  const inner = await LevelRaftStorage.open(dir);
  const storage = new InterceptedStorage(inner);
  const driver = new RaftDriver({
    id: 'n1',
    storage,
    transport: NO_PEERS,
    initialMembers: [{ id: 'n1', peerAddress: '127.0.0.1:1', clientUrl: '' }],
    bootstrapVoters: ['n1'],
    compaction: DEFAULT_COMPACTION_POLICY,
    logger: SILENT_LOGGER,
    tickMs: 5,
  });
  driver.start();
  const deadline = Date.now() + ELECTION_WAIT_MS;
  while (!driver.isLeader() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  return {
    driver,
    storage,
    close: async () => {
      await driver.stop();
      await inner.close();
    },
  };
}

test('a committed proposal is answered without waiting for the fsync of entries proposed after it', async (t) => {
  const { driver, storage, close } = await singleMember(tempDir(t));
  t.teardown(close);
  t.true(driver.isLeader(), 'the single member elects itself');
  const payload = new Uint8Array([1]);
  let second: Promise<number> | null = null;
  let secondHeld = false;
  storage.beforeSave = async (batch) => {
    // Only writes carrying proposals (a new leader's own entry is empty).
    if (!batch.entries.some((e) => e.data.length > 0)) return;
    if (second === null) {
      // The first proposal's entries are being written: propose the second now, so
      // the next Ready carries the first as committed and the second as new.
      second = driver.propose({ noop: { payload } });
      return;
    }
    // Hold the second's write back until the first is answered (or long enough to
    // tell that it waits for this write).
    secondHeld = true;
    await Promise.race([first, new Promise((r) => setTimeout(r, SECOND_WRITE_HOLD_MS_MAX))]);
    secondHeld = false;
  };
  const first = driver.propose({ noop: { payload } });
  const firstIndex = await first;
  t.true(secondHeld, 'the first was answered while the write of the second was held back');
  t.is(await second!, firstIndex + 1);
});
