/**
 * The child process of crash.test.ts: opens the log in the directory given as its
 * argument, continues it from its last entry, and saves forever, printing
 * `acked <lastIndex>` after each save() resolves. The test SIGKILLs it at a random
 * moment; everything acknowledged must then be on disk.
 */
import { LevelRaftStorage } from '../../src/storage/index.js';
import { batchSize, crashEntry, crashHardState } from './crash-model.js';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: crash-writer.ts DIR');

const storage = await LevelRaftStorage.open(dir);
let last = storage.lastIndex();
process.stdout.write(`ready ${last}\n`);
for (;;) {
  const entries = [];
  for (let i = last + 1; i <= last + batchSize(last); i++) entries.push(crashEntry(i));
  last += entries.length;
  await storage.save({ hardState: crashHardState(last), entries, snapshot: null });
  // Linux writes to a pipe synchronously, so the line is out before the next save starts.
  process.stdout.write(`acked ${last}\n`);
}
