/**
 * The persistence contract against a real crash: a child process saves entries and
 * hard states and acknowledges each save on stdout; the test SIGKILLs it after a
 * random number of acknowledgements, reopens the log and checks that every
 * acknowledged entry and the hard state (the vote!) are on disk, intact. Each round
 * restarts the writer on what the previous crash left, so recovery is exercised too.
 * No sleeping: the test waits on stdout lines, bounded by a timeout.
 *
 * Replay a run with CRASH_SEED=<seed> (printed by the test).
 */
import test from 'ava';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { SeededRandom } from '../../src/raft/index.js';
import { LevelRaftStorage } from '../../src/storage/index.js';
import { crashEntry, crashHardState } from './crash-model.js';
import { tempDir } from './helpers.js';

/** Crashes per run. */
const CRASH_ROUNDS = 5;
/** The most acknowledgements awaited before a kill. */
const ACKS_BEFORE_KILL_MAX = 40;
/** A round that takes longer than this is a hung writer, not a slow disk. */
const ROUND_TIMEOUT_MS = 15_000;

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

interface Round {
  /** The last index the writer acknowledged (0 if none). */
  ackedIndex: number;
  /** The writer's last index when it started. */
  startIndex: number;
}

/** Runs the writer on `dir` and SIGKILLs it right after its `acks`-th acknowledgement. */
async function crashAfter(dir: string, acks: number): Promise<Round> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const timer = setTimeout(() => child.kill('SIGKILL'), ROUND_TIMEOUT_MS);
  const round: Round = { ackedIndex: 0, startIndex: -1 };
  let seen = 0;
  try {
    // Lines printed before the kill landed are acknowledgements too: read to the end.
    for await (const line of createInterface({ input: child.stdout })) {
      const [word, value] = line.split(' ');
      if (word === 'ready') round.startIndex = Number(value);
      if (word !== 'acked') continue;
      round.ackedIndex = Number(value);
      if (++seen === acks) child.kill('SIGKILL');
    }
  } finally {
    clearTimeout(timer);
  }
  const signal = await exited;
  if (signal !== 'SIGKILL' || seen < acks) {
    throw new Error(`writer ended after ${seen} of ${acks} acks (signal ${signal}); stderr:\n${stderr}`);
  }
  return round;
}

test('every acknowledged save survives SIGKILL: entries intact, hard state and vote current', async (t) => {
  const seed = Number(process.env['CRASH_SEED'] ?? Date.now() % 2 ** 31);
  t.log(`CRASH_SEED=${seed}`);
  const random = new SeededRandom(seed);
  const dir = tempDir(t);
  let durableIndex = 0;
  for (let round = 1; round <= CRASH_ROUNDS; round++) {
    const acks = 1 + random.intn(ACKS_BEFORE_KILL_MAX);
    const { ackedIndex, startIndex } = await crashAfter(dir, acks);
    t.is(startIndex, durableIndex, `round ${round}: the writer restarts from what was on disk`);
    const s = await LevelRaftStorage.open(dir);
    try {
      const last = s.lastIndex();
      t.true(last >= ackedIndex, `round ${round}: acknowledged up to ${ackedIndex}, on disk up to ${last}`);
      // A save is one atomic batch: the disk holds exactly the state after some save.
      t.deepEqual(s.initialState().hardState, crashHardState(last), `round ${round}: hard state of the last save`);
      const entries = s.entries(1, last + 1, Number.MAX_SAFE_INTEGER);
      const bad = entries.findIndex((e) => !sameEntry(e, crashEntry(e.index)));
      t.is(bad, -1, `round ${round}: entry ${bad + 1} is intact`);
      t.is(entries.length, last);
      durableIndex = last;
    } finally {
      await s.close();
    }
  }
  t.true(durableIndex > 0);
});

function sameEntry(a: ReturnType<typeof crashEntry>, b: ReturnType<typeof crashEntry>): boolean {
  return a.index === b.index && a.term === b.term && a.type === b.type && Buffer.from(a.data).equals(b.data);
}
