/**
 * The nemeses: faults injected into a running group, one at a time, each held for
 * a while and then undone, chosen and timed from the run's seed. At most one member
 * is faulty at once, so a majority can always make progress (the checks are about
 * what the group does under faults, not whether it survives losing a majority).
 *
 * - kill: SIGKILL a member, start it again later;
 * - pause: SIGSTOP, then SIGCONT;
 * - partition: through the proxies — isolate a member both ways, or one way only;
 * - leader: kill or isolate whoever leads;
 * - restart: graceful stop (SIGTERM) and start;
 * - move: force client connection moves through the admin API.
 */
import { SeededRandom } from '../../src/raft/random.js';
import type { TestGroup } from '../integration/group.js';
import type { FaultMesh } from './proxy.js';

export const NEMESES = ['kill', 'pause', 'partition', 'leader', 'restart', 'move'] as const;
export type NemesisKind = (typeof NEMESES)[number];

/** A fault is held for 1.5–4 s, with 1–2.5 s of calm before the next. */
export const FAULT_MS_MIN = 1_500;
export const FAULT_MS_MAX = 4_000;
export const CALM_MS_MIN = 1_000;
export const CALM_MS_MAX = 2_500;
/** Moves forced per `move` fault, at most. */
export const MOVES_PER_FAULT_MAX = 6;

/** One line of the nemesis timeline. */
export interface NemesisEvent {
  /** ms since the run started. */
  atMs: number;
  kind: NemesisKind;
  action: string;
}

export interface NemesisOptions {
  seed: number;
  kinds: readonly NemesisKind[];
  group: TestGroup;
  mesh: FaultMesh;
  /** ms since the run started. */
  elapsed: () => number;
  log: (line: string) => void;
}

/** See the module comment. */
export class Nemesis {
  readonly timeline: NemesisEvent[] = [];
  private readonly random: SeededRandom;
  private stopped = false;
  private sleeper: { wake: () => void } | null = null;

  constructor(private readonly options: NemesisOptions) {
    this.random = new SeededRandom(options.seed ^ 0x5eed);
  }

  /** Runs faults until stop(); each kind in a seeded order, every kind once before any repeats. */
  async run(): Promise<void> {
    let order: NemesisKind[] = [];
    while (!this.stopped) {
      await this.sleep(this.between(CALM_MS_MIN, CALM_MS_MAX));
      if (this.stopped) break;
      if (order.length === 0) order = this.shuffled(this.options.kinds);
      await this.inject(order.shift()!);
    }
  }

  /** Whether every kind asked for has been injected at least once. */
  everyKindInjected(): boolean {
    return this.options.kinds.every((kind) => this.timeline.some((e) => e.kind === kind));
  }

  /** Ends the current fault's hold early; run() returns once it is undone. */
  stop(): void {
    this.stopped = true;
    this.sleeper?.wake();
  }

  private async inject(kind: NemesisKind): Promise<void> {
    const { group } = this.options;
    const holdMs = this.between(FAULT_MS_MIN, FAULT_MS_MAX);
    const running = group.running();
    const target = running[this.random.intn(running.length)]!;
    switch (kind) {
      case 'kill':
        await this.record(kind, `SIGKILL ${target}`, () => group.kill(target));
        await this.sleep(holdMs);
        await this.record(kind, `start ${target}`, () => group.startMember(target));
        return;
      case 'pause':
        await this.record(kind, `SIGSTOP ${target}`, async () => group.process(target).child.kill('SIGSTOP'));
        await this.sleep(holdMs);
        await this.record(kind, `SIGCONT ${target}`, async () => group.process(target).child.kill('SIGCONT'));
        return;
      case 'partition':
        await this.partition(kind, target, holdMs);
        return;
      case 'leader':
        await this.leader(holdMs);
        return;
      case 'restart':
        await this.record(kind, `SIGTERM ${target}`, () => group.stop(target));
        await this.sleep(this.between(200, 1_000));
        await this.record(kind, `start ${target}`, () => group.startMember(target));
        return;
      case 'move':
        await this.moves(holdMs);
        return;
    }
  }

  private async partition(kind: NemesisKind, target: string, holdMs: number): Promise<void> {
    const { mesh, group } = this.options;
    const others = group.initialIds.filter((id) => id !== target);
    if (this.random.intn(2) === 0) {
      await this.record(kind, `isolate ${target}`, async () => mesh.isolate(target));
    } else {
      const other = others[this.random.intn(others.length)]!;
      await this.record(kind, `one-way ${target} -> ${other} dropped`, async () => mesh.oneWay(target, other));
    }
    await this.sleep(holdMs);
    await this.record(kind, 'heal all links', async () => mesh.healAll('reset'));
  }

  private async leader(holdMs: number): Promise<void> {
    const { group, mesh } = this.options;
    const leader = await this.currentLeader();
    if (leader === null) {
      this.event('leader', 'no leader to fault');
      return;
    }
    if (this.random.intn(2) === 0) {
      await this.record('leader', `SIGKILL leader ${leader}`, () => group.kill(leader));
      await this.sleep(holdMs);
      await this.record('leader', `start ${leader}`, () => group.startMember(leader));
    } else {
      await this.record('leader', `isolate leader ${leader}`, async () => mesh.isolate(leader));
      await this.sleep(holdMs);
      await this.record('leader', 'heal all links', async () => mesh.healAll('reset'));
    }
  }

  private async moves(holdMs: number): Promise<void> {
    const { group } = this.options;
    const until = this.options.elapsed() + holdMs;
    let moved = 0;
    while (!this.stopped && moved < MOVES_PER_FAULT_MAX && this.options.elapsed() < until) {
      const running = group.running();
      const from = running[this.random.intn(running.length)]!;
      const others = running.filter((id) => id !== from);
      try {
        const { connections } = await group.client(from).listConnections({});
        const data = connections.filter((c) => Object.keys(c.bytesByOwner ?? {}).length > 0 && !c.movingTo);
        if (data.length > 0 && others.length > 0) {
          const connection = data[this.random.intn(data.length)]!.id!;
          const to = others[this.random.intn(others.length)]!;
          await this.record('move', `move ${connection} to ${to}`, () => group.client(from).moveConnection({ connection, to }));
          moved += 1;
        }
      } catch (err) {
        this.event('move', `move refused: ${(err as Error).message}`);
      }
      await this.sleep(this.between(200, 800));
    }
  }

  private async currentLeader(): Promise<string | null> {
    for (const id of this.options.group.running()) {
      try {
        const status = await this.options.group.status(id);
        if (status.leaderId) return status.leaderId;
      } catch {
        // Not answering: ask another.
      }
    }
    return null;
  }

  /** Does `action` and notes it in the timeline (with its failure, which does not stop the run). */
  private async record(kind: NemesisKind, action: string, act: () => Promise<unknown>): Promise<void> {
    this.event(kind, action);
    try {
      await act();
    } catch (err) {
      this.event(kind, `${action} failed: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  private event(kind: NemesisKind, action: string): void {
    const atMs = Math.round(this.options.elapsed());
    this.timeline.push({ atMs, kind, action });
    this.options.log(`  ${(atMs / 1000).toFixed(1).padStart(6)} s  ${kind.padEnd(9)} ${action}`);
  }

  /** Sleeps `ms`, or less if stop() is called. */
  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.sleeper = { wake: done };
    });
  }

  private between(lo: number, hi: number): number {
    return lo + this.random.intn(hi - lo + 1);
  }

  private shuffled(kinds: readonly NemesisKind[]): NemesisKind[] {
    const out = [...kinds];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.random.intn(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
