import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LocalMember } from './local-cluster.js';

/** This CLI's entry point: the children run `shoal server` from the same source tree. */
const CLI_MAIN_PATH = fileURLToPath(new URL('./main.ts', import.meta.url));

/** The most of a log's end read for a report: a few dozen lines of JSON logs. */
const LOG_TAIL_BYTES_MAX = 64 * 1024;

/** How a child ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * The node arguments that run the CLI's TypeScript source in a child: tsx's
 * loader, resolved from here so it works from `npm start`, from bin/shoal.js and
 * from a fresh clone alike (no global tsx, no PATH lookup).
 */
export function cliNodeArgs(): string[] {
  return ['--import', import.meta.resolve('tsx'), CLI_MAIN_PATH];
}

/**
 * One member of the local group running as a child process: `shoal server
 * --config <its file>`, with stdout and stderr appended to its log file and its
 * pid in a pid file while it runs. It is spawned in a process group of its own so
 * a Ctrl-C in the terminal reaches only `cluster up`, which then stops each member
 * with exactly one SIGTERM (a member treats a second signal as "exit now").
 */
export class ChildMember {
  readonly exited: Promise<ChildExit>;
  private readonly child: ChildProcess;
  private exit: ChildExit | null = null;

  constructor(readonly member: LocalMember) {
    const log = openSync(member.logPath, 'a');
    try {
      this.child = spawn(process.execPath, [...cliNodeArgs(), 'server', '--config', member.configPath], {
        stdio: ['ignore', log, log],
        detached: true,
      });
    } finally {
      // The child holds its own copy of the descriptor.
      closeSync(log);
    }
    this.exited = new Promise<ChildExit>((resolve) => {
      const ended = (exit: ChildExit): void => {
        if (this.exit !== null) return;
        this.exit = exit;
        rmSync(member.pidPath, { force: true });
        resolve(exit);
      };
      this.child.once('exit', (code, signal) => ended({ code, signal }));
      // A child that could not be spawned at all reports 'error' and may never report 'exit'.
      this.child.once('error', () => ended({ code: null, signal: null }));
    });
    if (this.child.pid !== undefined) writeFileSync(member.pidPath, `${this.child.pid}\n`);
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get running(): boolean {
    return this.exit === null;
  }

  /** Sends a signal if the child still runs. */
  signal(signal: NodeJS.Signals): void {
    if (this.running) this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it has not exited within `timeoutMs`; resolves with how it ended. */
  async stop(timeoutMs: number): Promise<{ exit: ChildExit; killed: boolean }> {
    if (!this.running) return { exit: this.exit!, killed: false };
    this.signal('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const exit = await Promise.race([this.exited, timedOut]);
    clearTimeout(timer);
    if (exit !== null) return { exit, killed: false };
    this.signal('SIGKILL');
    return { exit: await this.exited, killed: true };
  }

  /** The last `lines` lines of the member's log, for a report when it died early. */
  logTail(lines: number): string {
    let fd: number | null = null;
    try {
      fd = openSync(this.member.logPath, 'r');
      const size = statSync(this.member.logPath).size;
      const buffer = Buffer.alloc(Math.min(size, LOG_TAIL_BYTES_MAX));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
}

/** "exit code 1" / "signal SIGKILL". */
export function describeExit(exit: ChildExit): string {
  return exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code ?? '?'}`;
}
