import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Real `shoal` processes for the integration tests: members (`shoal server`) with
 * their output in a log file, and one-shot CLI runs with their output captured.
 * Every child is killed when the test process exits, whatever the tests did.
 */

/** The CLI's source entry point, run through tsx exactly as bin/shoal.js and `cluster up` do. */
export const CLI_MAIN_PATH = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const TSX_LOADER = import.meta.resolve('tsx');

/** A CLI run (a tsx start plus one admin call) finishes in seconds; 30 s means it hangs. */
export const CLI_RUN_TIMEOUT_MS = 30_000;

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** How a child ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A spawned `shoal` process whose output goes to a log file. */
export interface ShoalProcess {
  child: ChildProcess;
  pid: number;
  exited: Promise<Exit>;
  /** null while it runs. */
  exit(): Exit | null;
}

/** Spawns `node --import tsx src/cli/main.ts <args>` with stdout and stderr appended to `logPath`. */
export function spawnShoal(args: readonly string[], logPath: string): ShoalProcess {
  const log = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_MAIN_PATH, ...args], { stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  children.add(child);
  let exit: Exit | null = null;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      children.delete(child);
      exit = { code, signal };
      resolve(exit);
    });
  });
  return { child, pid: child.pid ?? -1, exited, exit: () => exit };
}

/** What a one-shot CLI run printed and how it ended. */
/** Resolves with how `proc` exited; rejects, naming `what`, if it has not within `timeoutMs`. */
export async function exitWithin(proc: ShoalProcess, timeoutMs: number, what: string): Promise<Exit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not exit within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([proc.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Two CLI processes at a time per test file: each spends about a second of CPU
 * starting tsx, and a burst of them on two cores starves the members under test.
 */
const CLI_RUNS_IN_FLIGHT_MAX = 2;
let cliRunsInFlight = 0;
const cliRunQueue: (() => void)[] = [];

/** Runs `shoal <args>` to completion (bounded by CLI_RUN_TIMEOUT_MS) and captures its output. */
export async function runShoal(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  if (cliRunsInFlight >= CLI_RUNS_IN_FLIGHT_MAX) await new Promise<void>((resolve) => cliRunQueue.push(resolve));
  cliRunsInFlight += 1;
  try {
    return await runShoalNow(args, env);
  } finally {
    cliRunsInFlight -= 1;
    cliRunQueue.shift()?.();
  }
}

function runShoalNow(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI_MAIN_PATH, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SHOAL_ADMIN_TOKEN: '', ...env },
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`shoal ${args.join(' ')} did not finish within ${CLI_RUN_TIMEOUT_MS} ms; stderr: ${stderr}`));
    }, CLI_RUN_TIMEOUT_MS);
    child.once('close', (code) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}
