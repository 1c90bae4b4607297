import { runCli } from '../../src/cli/cli.js';
import type { CliResult } from './process.js';

/**
 * Runs a `shoal` command line inside the test process with stdout and stderr
 * captured: the same code as the real command minus the process start, which costs
 * about a second of CPU each. Only one capture may be active at a time, so callers
 * use it from serial tests.
 */
export async function runShoalHere(argv: readonly string[]): Promise<CliResult> {
  if (capturing) throw new Error('runShoalHere is already capturing output; use it from serial tests only');
  capturing = true;
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await runCli(argv), stdout, stderr };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    capturing = false;
  }
}

let capturing = false;
