import { relative } from 'node:path';
import { type CommandSpec, EXIT_FAILED, EXIT_OK, EXIT_USAGE, parseArgs, stringFlag } from './args.js';
import { type ChildExit, ChildMember, describeExit } from './child-member.js';
import { type LeaderView, LeaderWatch } from './cluster-watch.js';
import {
  type ClusterLayout,
  DEFAULT_LAYOUT_PATH,
  LayoutError,
  type LocalMember,
  busyPorts,
  ensureSecret,
  livePid,
  loadLayout,
  localMembers,
  writeMemberConfigs,
} from './local-cluster.js';
import { DEMO_VOLUME_NAME, type DemoVolumeOutcome, ensureDemoVolume } from './demo-volume.js';
import { REPEATED_SIGNAL_WINDOW_MS, SERVER_STOP_TIMEOUT_MS } from './server-command.js';

/**
 * 60 s for the first leader: each member compiles its TypeScript through tsx on a
 * cold start (several seconds on a small machine), then an election takes 1–2 s.
 */
export const CLUSTER_READY_TIMEOUT_MS = 60_000;
/** A member gets 5 s more than its own graceful-stop bound before it is killed. */
export const CLUSTER_STOP_TIMEOUT_MS = SERVER_STOP_TIMEOUT_MS + 5_000;
/** Lines of a member's log shown when it dies before the group is ready. */
const EARLY_DEATH_LOG_LINES = 15;

/** `shoal cluster up`. */
export const CLUSTER_UP_SPEC: CommandSpec = {
  name: 'shoal cluster up',
  positionals: [],
  flags: [
    { name: 'data-dir', valueName: 'DIR', help: 'where the members keep their data, logs and the group secret (default ./data)' },
    { name: 'layout', valueName: 'FILE', help: 'ids and ports of the members (default deploy/local-cluster.json)' },
  ],
};

/** Relative to the working directory when that is shorter, for friendlier messages. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

/**
 * Starts the local group as child processes, waits for a leader, prints how to use
 * it, reports members that die and leadership that moves, and stops everything
 * cleanly on Ctrl-C. Existing data is reused, so a restart resumes the same group.
 */
export async function runClusterUp(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, CLUSTER_UP_SPEC);
  const dataDir = stringFlag(args, 'data-dir', './data');
  let layout: ClusterLayout;
  let members: LocalMember[];
  try {
    layout = loadLayout(stringFlag(args, 'layout', DEFAULT_LAYOUT_PATH));
    members = localMembers(layout, dataDir);
    const busy = await busyPorts(layout.host, members);
    if (busy.length > 0) return refuseBusyPorts(busy, members);
    const secret = ensureSecret(dataDir);
    writeMemberConfigs(layout, members, secret.path);
    const reused = secret.created ? 'a new group' : 'existing data (the same group as before)';
    process.stdout.write(`shoal: starting ${members.length} members in ${shown(dataDir)} with ${reused}\n`);
  } catch (err) {
    if (err instanceof LayoutError) {
      process.stderr.write(`shoal cluster up: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  return new LocalGroup(layout, members.map((m) => new ChildMember(m))).run();
}

function refuseBusyPorts(busy: readonly string[], members: readonly LocalMember[]): number {
  const lines = busy.map((b) => `  port ${b} is already in use`);
  for (const m of members) {
    const pid = livePid(m.pidPath);
    if (pid === null) continue;
    lines.push(`  member ${m.id}, started by a \`cluster up\` on this data directory, runs as pid ${pid} (stop it with: kill ${pid})`);
  }
  const advice = 'Is another shoal group running? Stop it, or free the port(s).';
  process.stderr.write(`shoal cluster up: cannot start the group:\n${lines.join('\n')}\n${advice}\n`);
  return EXIT_FAILED;
}

/** The running children and what `cluster up` does with them. */
class LocalGroup {
  private stopping = false;
  private ready = false;
  private readonly watch: LeaderWatch;
  private finish: (code: number) => void = () => {};

  constructor(
    private readonly layout: ClusterLayout,
    private readonly children: readonly ChildMember[],
  ) {
    this.watch = new LeaderWatch(children);
  }

  async run(): Promise<number> {
    const done = new Promise<number>((resolve) => {
      this.finish = resolve;
    });
    for (const child of this.children) void child.exited.then((exit) => this.onChildExit(child, exit));
    this.installSignals();
    // If this process fails unexpectedly, do not leave members running with no one to stop them.
    process.once('exit', () => this.children.forEach((c) => c.signal('SIGTERM')));
    const leader = await this.watch.waitForLeader(CLUSTER_READY_TIMEOUT_MS, () => this.stopping || this.children.some((c) => !c.running));
    if (this.stopping) return done;
    if (leader === null) {
      if (this.children.every((c) => c.running)) {
        process.stderr.write(`shoal: no leader was elected within ${CLUSTER_READY_TIMEOUT_MS} ms; see the members' logs:\n`);
        for (const c of this.children) process.stderr.write(`  ${shown(c.member.logPath)}\n`);
      }
      void this.stopAll(EXIT_FAILED);
      return done;
    }
    const demo = await ensureDemoVolume(this.children[0]!.member.clientUrl);
    if (this.stopping) return done;
    this.ready = true;
    process.stdout.write(banner(this.layout, this.children, leader, demo));
    void this.watch.watch((now) => this.reportLeader(now), () => this.stopping, leader);
    return done;
  }

  private installSignals(): void {
    let firstAt: number | null = null;
    const onSignal = (signal: NodeJS.Signals): void => {
      const now = Date.now();
      if (firstAt !== null) {
        if (now - firstAt < REPEATED_SIGNAL_WINDOW_MS) return;
        process.stderr.write('shoal: second signal: killing the members now\n');
        for (const c of this.children) c.signal('SIGKILL');
        this.finish(EXIT_FAILED);
        return;
      }
      firstAt = now;
      const running = this.children.filter((c) => c.running).map((c) => c.member.id);
      process.stdout.write(`\nshoal: ${signal}: stopping ${running.join(', ') || 'nothing'}…\n`);
      void this.stopAll(EXIT_OK);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }

  /** SIGTERM to every running member at once, each bounded; exits `code` unless one had to be killed. Once only. */
  private async stopAll(code: number): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    const results = await Promise.all(
      this.children.map(async (c) => ({ child: c, wasRunning: c.running, ...(await c.stop(CLUSTER_STOP_TIMEOUT_MS)) })),
    );
    let failed = false;
    for (const { child, wasRunning, exit, killed } of results) {
      if (!wasRunning) continue;
      const { id, logPath } = child.member;
      if (killed) process.stderr.write(`shoal: ${id} did not stop within ${CLUSTER_STOP_TIMEOUT_MS} ms and was killed\n`);
      else if (exit.code !== 0) process.stderr.write(`shoal: ${id} stopped with ${describeExit(exit)}; see ${shown(logPath)}\n`);
      failed ||= killed || exit.code !== 0;
    }
    await this.watch.close();
    if (code === EXIT_OK) process.stdout.write(failed ? 'shoal: stopped (with errors, see above)\n' : 'shoal: all members stopped\n');
    this.finish(failed ? EXIT_FAILED : code);
  }

  private onChildExit(child: ChildMember, exit: ChildExit): void {
    if (this.stopping) return;
    const m = child.member;
    const how = describeExit(exit);
    process.stderr.write(`\nshoal: member ${m.id} (pid ${child.pid}) exited unexpectedly with ${how}; its log: ${shown(m.logPath)}\n`);
    if (!this.ready) {
      const tail = child.logTail(EARLY_DEATH_LOG_LINES);
      if (tail) process.stderr.write(`--- last lines of ${shown(m.logPath)} ---\n${tail}\n---\n`);
      return; // run() sees the death and stops the others.
    }
    const left = this.children.filter((c) => c.running).length;
    process.stderr.write(
      `  ${left} of ${this.children.length} members still run. To bring ${m.id} back (from another terminal):\n` +
        `    npx shoal server --config ${shown(m.configPath)} >> ${shown(m.logPath)} 2>&1\n` +
        `  (a member started that way is not stopped by Ctrl-C here; stop it in its own terminal)\n`,
    );
    if (left === 0) {
      process.stderr.write('shoal: no member is left running\n');
      void this.stopAll(EXIT_FAILED);
    }
  }

  private reportLeader(leader: LeaderView | null): void {
    if (leader === null) process.stdout.write('shoal: no member leads right now (an election should follow)\n');
    else process.stdout.write(`shoal: ${leader.id} leads now (term ${leader.term}, pid ${leader.pid})\n`);
  }
}

/** What the user sees once the group is up: where it is, who leads, and what to try. */
function banner(layout: ClusterLayout, children: readonly ChildMember[], leader: LeaderView, demo: DemoVolumeOutcome): string {
  const rows = children.map((c) => {
    const m = c.member;
    const mark = m.id === leader.id ? '  ← leader' : '';
    const columns = [m.id.padEnd(6), m.clientUrl.padEnd(24), m.peerAddress.padEnd(16), String(c.pid).padEnd(8)];
    return `  ${columns.join(' ')} ${shown(m.logPath)}${mark}`;
  });
  const first = children[0]!.member.clientUrl;
  const second = children[1]?.member.clientUrl ?? first;
  const volumeLine =
    'error' in demo
      ? `shoal: could not create the demo volume (${demo.error}); create one with: npx shoal volume create ${DEMO_VOLUME_NAME} --size 64MiB`
      : demo.created
        ? `shoal: created volume "${DEMO_VOLUME_NAME}" (64 MiB in 1 MiB pages, spread over the members)`
        : `shoal: the group has ${demo.volumes} volume(s) already (npx shoal volume ls)`;
  return [
    '',
    `shoal: group "${layout.groupId}" is up; ${leader.id} leads (term ${leader.term})`,
    '',
    `  ${'member'.padEnd(6)} ${'client + admin'.padEnd(24)} ${'peer'.padEnd(16)} ${'pid'.padEnd(8)} log`,
    ...rows,
    '',
    volumeLine,
    '',
    'Try, from another terminal:',
    `  curl -sL -X PUT --data-binary 'hello, shoal' '${first}/v1/volumes/${DEMO_VOLUME_NAME}/data?offset=1048570'`,
    `  curl -sL '${second}/v1/volumes/${DEMO_VOLUME_NAME}/data?offset=1048570&length=12'; echo   # read it through another member`,
    `  npx shoal volume map ${DEMO_VOLUME_NAME}     # which member owns which page`,
    `  curl -s -X POST -H 'Content-Type: application/json' -d '{}' ${first}/shoal.admin.v1.AdminService/GetStatus`,
    '  npx shoal status            # every member: role, term, leader, commit/applied',
    '  npx shoal members           # the membership, linearizable',
    `  curl -s ${first}/metrics | grep shoal_raft_`,
    `  kill -9 ${leader.pid}               # kill the leader (${leader.id}) and watch another take over here`,
    '',
    'Ctrl-C stops all members cleanly; `npm start` again resumes the same group from its data.',
    '',
  ].join('\n');
}
