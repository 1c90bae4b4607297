/**
 * The lint rules that keep src/raft/ a pure state machine (eslint.config.js): each
 * forbidden import, clock, timer and random source is reported inside src/raft/ and
 * not in other layers, and what the core legitimately does stays clean.
 */
import test from 'ava';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function reportedRules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  if (result === undefined) throw new Error(`no lint result for ${filePath}`);
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${filePath} does not parse: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? 'none');
}

/** Each snippet uses what it creates, so the only report expected is the restriction. */
const forbiddenInRaft: ReadonlyArray<[label: string, code: string, rule: string]> = [
  ['an import from another layer', "import { x } from '../proto/index.js';\nexport const y = x;", 'no-restricted-imports'],
  ['a type-only import from another layer', "import type { X } from '../storage/index.js';\nexport type Y = X;", 'no-restricted-imports'],
  ['a node: module', "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;", 'no-restricted-imports'],
  ['a bare Node.js module', "import { EventEmitter } from 'events';\nexport const e = EventEmitter;", 'no-restricted-imports'],
  ['a package', "import protobuf from 'protobufjs';\nexport const p = protobuf;", 'no-restricted-imports'],
  ['a re-export from another layer', "export { x } from '../cluster/index.js';", 'no-restricted-imports'],
  ['a dynamic import', "export const m = import('./types.js');", 'no-restricted-syntax'],
  ['setTimeout', 'setTimeout(() => {}, 10);', 'no-restricted-globals'],
  ['setInterval', 'setInterval(() => {}, 10);', 'no-restricted-globals'],
  ['setImmediate', 'setImmediate(() => {});', 'no-restricted-globals'],
  ['globalThis.setTimeout', 'globalThis.setTimeout(() => {}, 10);', 'no-restricted-properties'],
  ['Date.now()', 'export const t = Date.now();', 'no-restricted-properties'],
  ['new Date()', 'export const d = new Date();', 'no-restricted-syntax'],
  ['Date() called as a function', 'export const s = Date();', 'no-restricted-syntax'],
  ['Math.random()', 'export const r = Math.random();', 'no-restricted-properties'],
  ['performance.now()', 'export const t = performance.now();', 'no-restricted-properties'],
  ['process.hrtime()', 'export const t = process.hrtime();', 'no-restricted-properties'],
  ['process.hrtime.bigint()', 'export const t = process.hrtime.bigint();', 'no-restricted-properties'],
  ['crypto.getRandomValues()', 'export const r = crypto.getRandomValues(new Uint8Array(4));', 'no-restricted-properties'],
];

for (const [label, code, rule] of forbiddenInRaft) {
  test(`${label} is reported in src/raft/`, async (t) => {
    t.true((await reportedRules(code, 'src/raft/example.ts')).includes(rule));
  });

  test(`${label} is allowed in src/server/`, async (t) => {
    t.deepEqual(await reportedRules(code, 'src/server/example.ts'), []);
  });
}

test('a file in a subfolder of src/raft/ may import from src/raft/ but not above it', async (t) => {
  t.deepEqual(await reportedRules("import { NONE } from '../types.js';\nexport const n = NONE;", 'src/raft/tracker/example.ts'), []);
  const escape = "import { x } from '../../proto/index.js';\nexport const y = x;";
  t.deepEqual(await reportedRules(escape, 'src/raft/tracker/example.ts'), ['no-restricted-imports']);
});

test('a relative import inside src/raft/ is allowed', async (t) => {
  const code = "import { NONE } from './types.js';\nimport * as errors from './errors.js';\nexport const n = [NONE, errors];";
  t.deepEqual(await reportedRules(code, 'src/raft/example.ts'), []);
});

test('pure uses of Date and Math stay allowed in src/raft/', async (t) => {
  const code = 'export const day = Date.UTC(2024, 0, 1);\nexport const low = Math.min(1, 2);';
  t.deepEqual(await reportedRules(code, 'src/raft/example.ts'), []);
});

test('unused names are reported unless they start with an underscore', async (t) => {
  t.deepEqual(await reportedRules('export function f(_unused: number): void {}', 'src/server/example.ts'), []);
  t.deepEqual(await reportedRules('export function f(unused: number): void {}', 'src/server/example.ts'), [
    '@typescript-eslint/no-unused-vars',
  ]);
});

test('generated protobuf code is not linted', async (t) => {
  t.true(await eslint.isPathIgnored(`${repoRoot}/src/proto/gen/shoal.js`));
  t.false(await eslint.isPathIgnored(`${repoRoot}/src/proto/raft-codec.ts`));
});
