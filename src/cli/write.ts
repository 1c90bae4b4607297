/**
 * `shoal write VOLUME --offset O < FILE`: stdin's bytes into a volume.
 */
import { type CommandSpec, UsageError, commandUsage, parseArgs } from './args.js';
import { DATA_FLAGS, LocalIoError, shoalClientFor, sizeFlag, withShoalClient } from './data-flags.js';
import { progressBar } from './progress.js';
import { formatBytes } from './size.js';

/**
 * 1 GiB: stdin is read whole before the write starts (so a short read never
 * leaves half a file written); a larger input is written in pieces with --offset.
 */
export const WRITE_INPUT_BYTES_MAX = 1024 * 1024 * 1024;

/** `shoal write`. */
export const WRITE_SPEC: CommandSpec = {
  name: 'shoal write',
  positionals: ['VOLUME'],
  flags: [{ name: 'offset', valueName: 'SIZE', help: 'where to write, in bytes or with a unit like 4KiB (default 0)' }, ...DATA_FLAGS],
};

/** Reads stdin to its end (at most WRITE_INPUT_BYTES_MAX) and writes it at --offset of VOLUME. */
export async function runWrite(argv: readonly string[]): Promise<number> {
  const usage = commandUsage(WRITE_SPEC);
  const args = parseArgs(argv, WRITE_SPEC);
  const name = args.positionals[0]!;
  const offset = sizeFlag(args, 'offset', usage, 0)!;
  if (process.stdin.isTTY) {
    throw new UsageError(`stdin is a terminal: pipe the bytes in, e.g. shoal write ${name} --offset ${offset} < FILE`, usage);
  }
  const client = shoalClientFor(args, usage);
  return withShoalClient('write', client, async () => {
    const volume = client.volume(name);
    const bytes = await readInput(process.stdin, WRITE_INPUT_BYTES_MAX);
    const progress = progressBar(`write ${name}`, bytes.length);
    await volume.write(offset, bytes, { onProgress: (done) => progress.update(done) });
    progress.finish();
    if (process.stderr.isTTY) process.stderr.write(`wrote ${formatBytes(bytes.length)} (${bytes.length} bytes) to ${name} at offset ${offset}\n`);
  });
}

/** A stream read to its end; more than `maxBytes` is a LocalIoError (and the rest is not read). */
export async function readInput(stream: NodeJS.ReadableStream & { destroy(): unknown }, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let totalBytes = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      totalBytes += buffer.length;
      if (totalBytes > maxBytes) {
        stream.destroy();
        throw new LocalIoError(`stdin: more than ${formatBytes(maxBytes)}; write it in pieces with --offset`);
      }
      chunks.push(buffer);
    }
  } catch (err) {
    if (err instanceof LocalIoError) throw err;
    throw new LocalIoError(`stdin: ${(err as Error).message}`, { cause: err });
  }
  return Buffer.concat(chunks, totalBytes);
}
