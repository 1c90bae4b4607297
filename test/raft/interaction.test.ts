/**
 * Runs every scripted interaction scenario in test/raft/testdata/*.txt (one ava
 * test per file). `REWRITE=1 npx ava test/raft/interaction.test.ts` rewrites the
 * expected outputs in place so the change can be reviewed as a diff.
 */
import test from 'ava';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lineDiff, parseScript, runInteractionFile, runScript } from './interaction/index.js';

const TESTDATA = join(dirname(fileURLToPath(import.meta.url)), 'testdata');
const REWRITE = process.env['REWRITE'] === '1';

const files = readdirSync(TESTDATA)
  .filter((f) => f.endsWith('.txt'))
  .sort();

test('the testdata folder holds interaction scripts', (t) => {
  t.true(files.length >= 12);
});

test('the script parser keeps comments, arguments, input and output apart', (t) => {
  const text = '# setup\nadd-nodes 3 voters=(1,2,3) index=10\n----\nok\n\n# two\npartition (1) (2, 3)\nin\n----\na\nb\n';
  const blocks = parseScript(text, 'x.txt');
  t.is(blocks.length, 2);
  t.deepEqual(blocks[0]!.args, [
    { key: '3', values: [] },
    { key: 'voters', values: ['1', '2', '3'] },
    { key: 'index', values: ['10'] },
  ]);
  t.deepEqual(blocks[1]!.args.map((a) => a.key), ['(1)', '(2,3)']);
  t.deepEqual(blocks[1]!.input, ['in']);
  t.deepEqual(blocks[1]!.expected, ['a', 'b']);
  t.is(blocks[1]!.line, 7);
});

test('a mismatch names the file and line; rewriting replaces only outputs', (t) => {
  const text = '# keep me\ncmd 1\n----\nold\n\ncmd 2\n----\nsame\n';
  const result = runScript(text, 'f.txt', (block) => (block.args[0]!.key === '1' ? ['new'] : ['same']));
  t.is(result.failures.length, 1);
  t.true(result.failures[0]!.startsWith("f.txt:2: output of 'cmd' differs"));
  t.is(result.rewritten, '# keep me\ncmd 1\n----\nnew\n\ncmd 2\n----\nsame\n');
});

test('the line diff prints deletions before insertions', (t) => {
  t.deepEqual(lineDiff(['a', 'b', 'c'], ['a', 'x', 'c']), ['  a', '- b', '+ x', '  c']);
});

for (const file of files) {
  test(`interaction: ${file}`, (t) => {
    const failures = runInteractionFile(join(TESTDATA, file), `test/raft/testdata/${file}`, REWRITE);
    if (failures.length > 0) t.fail(`${failures.join('\n\n')}\n\n(run with REWRITE=1 to accept the new output)`);
    else t.pass();
  });
}
