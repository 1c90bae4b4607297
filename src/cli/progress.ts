/**
 * A one-line progress bar on stderr for `shoal read` and `shoal write`: drawn only
 * when stderr is a terminal and the transfer is large enough to take a while, so
 * scripts and small transfers see nothing.
 */
import { formatBytes } from './size.js';

/** Transfers above 8 MiB (more than one request) get a bar; smaller ones finish before it would help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
/** Redraw at most ten times a second: smooth to the eye, and cheap however fast requests complete. */
export const PROGRESS_REDRAW_MS = 100;
/** The bar's width in characters when the terminal's is unknown. */
const BAR_WIDTH_CHARS = 24;

/** Where the bar is drawn: process.stderr, or a fake in a test. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** A transfer's progress display. */
export interface Progress {
  /** Bytes done so far (redrawn at most every PROGRESS_REDRAW_MS). */
  update(doneBytes: number): void;
  /** Draws the final state and ends the line (nothing when no bar was shown). */
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };

/** A bar for `totalBytes`, or a silent one when `stream` is not a terminal or the transfer is small. */
export function progressBar(
  label: string,
  totalBytes: number,
  stream: ProgressStream = process.stderr,
  nowMs: () => number = () => performance.now(),
): Progress {
  if (!stream.isTTY || totalBytes <= PROGRESS_MIN_BYTES) return SILENT;
  const startedMs = nowMs();
  let drawnMs = -Infinity;
  let doneBytes = 0;
  const draw = (): void => {
    drawnMs = nowMs();
    stream.write(`\r${formatProgress(label, doneBytes, totalBytes, drawnMs - startedMs)}\x1b[K`);
  };
  return {
    update(bytes) {
      doneBytes = bytes;
      if (nowMs() - drawnMs >= PROGRESS_REDRAW_MS) draw();
    },
    finish() {
      draw();
      stream.write('\n');
    },
  };
}

/** `read demo [#######.....]  42% 42 MiB / 100 MiB  12.3 MiB/s`. */
export function formatProgress(label: string, doneBytes: number, totalBytes: number, elapsedMs: number): string {
  const fraction = totalBytes > 0 ? Math.min(1, doneBytes / totalBytes) : 1;
  const filled = Math.round(fraction * BAR_WIDTH_CHARS);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH_CHARS - filled)}]`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const rate = elapsedMs > 0 ? `${formatBytes((doneBytes * 1000) / elapsedMs)}/s` : '';
  return `${label} ${bar} ${percent} ${formatBytes(doneBytes)} / ${formatBytes(totalBytes)}  ${rate}`.trimEnd();
}
