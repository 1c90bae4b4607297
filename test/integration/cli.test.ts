import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'ava';
import { writeSecret } from './group.js';
import { DEFAULT_LAYOUT_PATH, loadLayout, localMembers } from '../../src/cli/local-cluster.js';
import { runShoalHere as runHere } from './cli-capture.js';
import { runShoal } from './process.js';

/**
 * The `shoal` command line without a group: bad flags fail at start with the flag
 * named and exit code 2, unknown commands and flags are named, help works. A few
 * cases run as real processes (exit code and stderr as a shell sees them); the
 * many flag cases run the same code in this process, since each process start
 * costs a second of CPU.
 */

const dir = mkdtempSync(join(tmpdir(), 'shoal-it-cli-'));
const secret = writeSecret(join(dir, 'secret'));

test.after.always(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `shoal server` with a valid base and some flags changed; never gets far enough to bind a port. */
const server = (...flags: string[]): string[] => ['server', '--id', 'n1', '--data-dir', join(dir, 'n1'), '--secret-file', secret, ...flags];

test.serial('a bad flag stops `shoal server` at start: exit 2, the flag named on stderr (real process)', async (t) => {
  const [bad, unknown, help] = await Promise.all([runShoal(server('--tick-ms', '1')), runShoal(['frobnicate']), runShoal(['help'])]);
  t.is(bad.code, 2, bad.stderr);
  t.regex(bad.stderr, /--tick-ms: must be a whole number from 5/);
  t.regex(bad.stderr, /shoal server --help/);
  t.is(unknown.code, 2);
  t.regex(unknown.stderr, /unknown command "frobnicate"/);
  t.is(help.code, 0);
  t.regex(help.stdout, /shoal cluster up/);
});

const BAD_SERVER_FLAGS: { argv: string[]; named: RegExp }[] = [
  { argv: server('--tick-ms', 'fast'), named: /--tick-ms/ },
  { argv: server('--heartbeat-ticks', '10'), named: /--heartbeat-ticks/ },
  { argv: server('--snapshot-entries', '10', '--retain-entries', '50'), named: /--retain-entries/ },
  { argv: server('--peers', 'n2'), named: /--peers: each peer is id=host:port/ },
  { argv: server('--listen-client', 'localhost'), named: /--listen-client/ },
  { argv: server('--log-level', 'loud'), named: /--log-level/ },
  { argv: server('--bogus', '1'), named: /unknown flag --bogus/ },
  { argv: ['server', '--id', 'n1', '--data-dir', join(dir, 'n1')], named: /--secret-file: is required/ },
  { argv: ['server', '--id', 'n1', '--secret-file', join(dir, 'missing')], named: /--secret-file: cannot read/ },
  { argv: ['server', '--id', 'N1!', '--secret-file', secret], named: /--id/ },
];

test.serial('every bad `shoal server` flag is named, exit 2', async (t) => {
  for (const { argv, named } of BAD_SERVER_FLAGS) {
    const result = await runHere(argv);
    t.is(result.code, 2, `${argv.join(' ')}: ${result.stderr}`);
    t.regex(result.stderr, named, argv.join(' '));
  }
});

test.serial('unknown commands, subcommands and flags are named, with usage, exit 2', async (t) => {
  const cases: { argv: string[]; named: RegExp }[] = [
    { argv: ['status', '--verbose'], named: /unknown flag --verbose for "shoal status"[\s\S]*usage: shoal status/ },
    { argv: ['status', '--json=yes'], named: /--json is a switch/ },
    { argv: ['status', 'extra'], named: /unexpected argument "extra"/ },
    { argv: ['members', 'rename'], named: /unknown subcommand "members rename"/ },
    { argv: ['members', 'add', 'n4', '--peer-address', '127.0.0.1:7104'], named: /--client-url is required/ },
    { argv: ['members', 'remove'], named: /needs ID/ },
    { argv: ['leader'], named: /needs a subcommand: transfer/ },
    { argv: ['cluster', 'down'], named: /unknown subcommand "cluster down"/ },
    { argv: ['cluster', 'up', '--layout', join(dir, 'missing.json')], named: /cannot read the cluster layout/ },
    { argv: ['status', '--endpoint', 'http://127.0.0.1:7001/some/path'], named: /--endpoint: .*no path/ },
    { argv: ['status', '--token-file', join(dir, 'missing')], named: /--token-file: cannot read/ },
  ];
  for (const { argv, named } of cases) {
    const result = await runHere(argv);
    t.is(result.code, 2, `${argv.join(' ')}: ${result.stderr}`);
    t.regex(result.stderr, named, argv.join(' '));
  }
});

test.serial('help for each command; a member that is not there is reported, exit 1', async (t) => {
  const serverHelp = await runHere(['server', '--help']);
  t.is(serverHelp.code, 0);
  t.regex(serverHelp.stdout, /--tick-ms/);
  const membersHelp = await runHere(['members', '--help']);
  t.regex(membersHelp.stdout, /usage: shoal members add ID/);
  const down = await runHere(['status', '--endpoint', '127.0.0.1:1']);
  t.is(down.code, 1);
  t.regex(down.stderr, /unavailable: cannot reach http:\/\/127\.0\.0\.1:1/);
});

test.serial('deploy/local-cluster.json is the layout DESIGN.md promises: nN on 700N (clients) and 710N (peers)', (t) => {
  const layout = loadLayout(DEFAULT_LAYOUT_PATH);
  t.is(layout.host, '127.0.0.1');
  t.deepEqual(layout.members, [1, 2, 3].map((n) => ({ id: `n${n}`, clientPort: 7000 + n, peerPort: 7100 + n })));
  const members = localMembers(layout, join(dir, 'data'));
  t.deepEqual(members.map((m) => m.clientUrl), ['http://127.0.0.1:7001', 'http://127.0.0.1:7002', 'http://127.0.0.1:7003']);
  t.is(members[0]!.logPath, join(dir, 'data', 'n1', 'member.log'));
});
