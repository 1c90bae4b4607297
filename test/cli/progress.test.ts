/**
 * The read/write progress bar: silent unless stderr is a terminal and the transfer
 * is large, redrawn at a bounded rate, and readable.
 */
import test from 'ava';
import { PROGRESS_MIN_BYTES, PROGRESS_REDRAW_MS, formatProgress, progressBar } from '../../src/cli/progress.js';

const MiB = 1024 * 1024;

function fakeStream(isTTY: boolean): { isTTY: boolean; written: string[]; write(text: string): boolean } {
  const written: string[] = [];
  return { isTTY, written, write: (text) => written.push(text) > 0 };
}

test('nothing is drawn when stderr is not a terminal, or for a small transfer', (t) => {
  for (const [isTTY, total] of [
    [false, 100 * MiB],
    [true, PROGRESS_MIN_BYTES],
  ] as const) {
    const stream = fakeStream(isTTY);
    const bar = progressBar('read demo', total, stream, () => 0);
    bar.update(total / 2);
    bar.finish();
    t.deepEqual(stream.written, []);
  }
});

test('a large transfer on a terminal is redrawn at most every PROGRESS_REDRAW_MS and ends its line', (t) => {
  const stream = fakeStream(true);
  let now = 0;
  const bar = progressBar('read demo', 100 * MiB, stream, () => now);
  bar.update(10 * MiB);
  now += PROGRESS_REDRAW_MS / 2;
  bar.update(20 * MiB);
  now += PROGRESS_REDRAW_MS;
  bar.update(30 * MiB);
  bar.finish();
  t.is(stream.written.length, 4, 'two updates drawn, one skipped, then the final state and a newline');
  t.true(stream.written[0]!.startsWith('\r'));
  t.regex(stream.written[1]!, /30 MiB \/ 100 MiB/);
  t.is(stream.written.at(-1), '\n');
});

test('the line shows the bar, the percentage, bytes done of total, and the rate', (t) => {
  t.is(formatProgress('read demo', 50 * MiB, 100 * MiB, 2000), 'read demo [############............]  50% 50 MiB / 100 MiB  25 MiB/s');
  t.is(formatProgress('write demo', 0, 100 * MiB, 0), 'write demo [........................]   0% 0 B / 100 MiB');
});
