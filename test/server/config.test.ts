import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, parseServerConfig, serverUsage } from '../../src/server/config.js';
import { dialAddresses } from '../../src/server/dial-via.js';

const base = ['--id', 'n1', '--secret-file', '/tmp/secret'];

test('defaults fill in what is not given', (t) => {
  const c = parseServerConfig(base);
  t.is(c.dataDir, './data/n1');
  t.deepEqual(c.listenClient, { host: '127.0.0.1', port: 7001 });
  t.is(c.advertiseClient, 'http://127.0.0.1:7001');
  t.deepEqual([...c.peers], [['n1', '127.0.0.1:7101']]);
  t.false(c.join);
  t.true(c.balance, 'the balancer is on by default');
  t.is(c.placement, 'least-loaded');
  t.is(c.dialVia.size, 0);
});

test('--dial-via rewrites where this member dials those peers, and only those', (t) => {
  const c = parseServerConfig([...base, '--peers=n1=127.0.0.1:7101,n2=127.0.0.1:7102,n3=127.0.0.1:7103', '--dial-via', 'n2=127.0.0.1:9002']);
  t.deepEqual([...dialAddresses(new Map([...c.peers].filter(([id]) => id !== 'n1')), c.dialVia)], [['n2', '127.0.0.1:9002'], ['n3', '127.0.0.1:7103']]);
});

test('--flag=value and --flag value both work; peers parse into a map', (t) => {
  const c = parseServerConfig([...base, '--peers=n1=127.0.0.1:7101,n2=127.0.0.1:7102', '--tick-ms', '20']);
  t.is(c.tickMs, 20);
  t.deepEqual([...c.peers.keys()], ['n1', 'n2']);
});

const bad: [string, string[], RegExp][] = [
  ['a missing required flag', ['--id', 'n1'], /--secret-file: is required/],
  ['an unknown flag', [...base, '--tick', '5'], /unknown flag --tick/],
  ['a non-number', [...base, '--tick-ms', 'abc'], /--tick-ms: must be a whole number from 5 to 10000, got "abc"/],
  ['a number out of range', [...base, '--election-ticks', '1'], /--election-ticks: must be a whole number from 2/],
  ['heartbeat not below election', [...base, '--heartbeat-ticks', '10', '--election-ticks', '10'], /--heartbeat-ticks: \(10\) must be smaller than --election-ticks \(10\)/],
  ['a bad address', [...base, '--listen-client', 'localhost'], /--listen-client: must be host:port/],
  ['a bad member id', ['--id', 'N 1', '--secret-file', 'x'], /--id: "N 1" is not a valid member id/],
  ['peers without this member', [...base, '--peers', 'n2=127.0.0.1:7102'], /--peers: must include this member "n1"/],
  ['a bad --dial-via', [...base, '--dial-via', 'n2=nowhere'], /--dial-via: must be host:port/],
  ['a duplicate peer', [...base, '--peers', 'n1=127.0.0.1:1,n1=127.0.0.1:2'], /--peers: member "n1" is listed twice/],
  ['a flag given twice', [...base, '--tick-ms', '5', '--tick-ms', '6'], /--tick-ms: is given twice/],
  ['a flag without its value', [...base, '--tick-ms'], /--tick-ms: needs a value/],
  ['a stray argument', [...base, 'oops'], /unexpected argument "oops"/],
];

for (const [what, argv, message] of bad) {
  test(`${what} fails at start with a message naming the flag`, (t) => {
    const err = t.throws(() => parseServerConfig(argv), { instanceOf: ConfigError });
    t.regex(err!.message, message);
  });
}

test('a config file sets the same keys; flags override it; unknown keys are refused', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'shoal-config-'));
  const file = join(dir, 'n2.json');
  writeFileSync(file, JSON.stringify({ id: 'n2', 'secret-file': '/s', peers: { n2: '127.0.0.1:7102' }, 'tick-ms': 50 }));
  const c = parseServerConfig(['--config', file, '--tick-ms', '30']);
  t.is(c.id, 'n2');
  t.is(c.tickMs, 30);
  t.deepEqual([...c.peers], [['n2', '127.0.0.1:7102']]);
  writeFileSync(file, JSON.stringify({ id: 'n2', colour: 'blue' }));
  t.throws(() => parseServerConfig(['--config', file]), { message: /unknown key "colour"/ });
});

test('usage lists every flag', (t) => {
  const usage = serverUsage();
  for (const flag of ['--id', '--data-dir', '--peers', '--secret-file', '--join', '--admin-token-file']) t.true(usage.includes(flag), flag);
});
