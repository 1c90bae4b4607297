import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import test from 'ava';
import { freePorts } from './ports.js';

// Members are started after their ports are picked, so a port must never be handed
// out twice: not within a group (n1's and n3's slots), not across test files.

test('ports handed out in one process are never handed out again', async (t) => {
  const first = await freePorts(200);
  const second = await freePorts(200);
  const all = new Set([...first, ...second]);
  t.is(all.size, 400);
});

test('each port handed out is reserved under this process id, for other test processes to see', async (t) => {
  const [port] = (await freePorts(1)) as [number];
  t.is(readFileSync(join(tmpdir(), 'shoal-test-ports', String(port)), 'utf8'), String(process.pid));
});

test('another process never gets a port this one holds', async (t) => {
  const held = new Set(await freePorts(300));
  const script = "const { freePorts } = await import('./test/integration/ports.ts'); console.log(JSON.stringify(await freePorts(300)));";
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  const theirs = JSON.parse(out) as number[];
  t.is(theirs.length, 300);
  t.deepEqual(theirs.filter((p) => held.has(p)), []);
});
