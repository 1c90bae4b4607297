/**
 * `shoal read VOLUME --offset O --length L > FILE`: a volume's bytes on stdout.
 */
import { type CommandSpec, UsageError, commandUsage, parseArgs } from './args.js';
import { DATA_FLAGS, LocalIoError, shoalClientFor, sizeFlag, withShoalClient } from './data-flags.js';
import { progressBar } from './progress.js';

/**
 * 64 MiB read and written out at a time: eight 8 MiB requests keep the SDK's
 * four concurrent requests busy, and memory stays bounded whatever --length is.
 */
export const READ_WINDOW_BYTES = 64 * 1024 * 1024;

/** `shoal read`. */
export const READ_SPEC: CommandSpec = {
  name: 'shoal read',
  positionals: ['VOLUME'],
  flags: [
    { name: 'offset', valueName: 'SIZE', help: 'where to start, in bytes or with a unit like 4KiB (default 0)' },
    { name: 'length', valueName: 'SIZE', help: 'how many bytes to read, e.g. 4096 or 1MiB (required)' },
    { name: 'force', switch: true, help: 'write the bytes even when stdout is a terminal' },
    ...DATA_FLAGS,
  ],
};

/** Reads --length bytes at --offset of VOLUME and writes them to stdout, unchanged. */
export async function runRead(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(READ_SPEC);
  const args = parseArgs(argv, READ_SPEC);
  const name = args.positionals[0]!;
  const offset = sizeFlag(args, 'offset', usage, 0)!;
  const length = sizeFlag(args, 'length', usage, null);
  if (length === null) throw new UsageError('--length is required, e.g. --length 4KiB', usage);
  if (process.stdout.isTTY && !args.flags.has('force')) {
    throw new UsageError('refusing to write binary data to a terminal: redirect stdout (> FILE, | xxd) or pass --force', usage);
  }
  const client = shoalClientFor(args, usage);
  return withShoalClient('read', client, async () => {
    const volume = client.volume(name);
    const progress = progressBar(`read ${name}`, length);
    for (let doneBytes = 0; doneBytes < length; ) {
      const windowStart = doneBytes;
      const windowBytes = Math.min(READ_WINDOW_BYTES, length - windowStart);
      const bytes = await volume.read(offset + windowStart, windowBytes, { onProgress: (done) => progress.update(windowStart + done) });
      await writeOut(process.stdout, bytes);
      doneBytes += windowBytes;
    }
    progress.finish();
  });
}

/** Writes `bytes` and waits until the stream took them; a closed or failing stdout is a LocalIoError. */
export function writeOut(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (err: Error): void => reject(new LocalIoError(`stdout: ${err.message}`, { cause: err }));
    // Kept after a failure: a stream that failed once may emit 'error' again, which must not crash the process.
    stream.on('error', fail);
    stream.write(bytes, (err) => {
      if (err) return fail(err);
      stream.off('error', fail);
      resolve();
    });
  });
}
