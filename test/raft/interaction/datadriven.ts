/**
 * A small datadriven runner in the spirit of cockroachdb/datadriven, which
 * etcd-io/raft uses for its `testdata/*.txt` scripts. A file is a sequence of
 * blocks:
 *
 *     # comments and blank lines between blocks are kept as they are
 *     command arg1 key=value key=(a,b)
 *     optional input lines
 *     ----
 *     expected output lines
 *
 * A block's output ends at the first blank line, so the runner never produces one
 * (an empty result is printed as `ok`). With `rewrite`, the expected outputs are
 * replaced by the actual ones so the change can be read in a diff.
 */

/** One command argument: `key`, `key=value` or `key=(a,b,c)`; a bare word has no values. */
export interface Arg {
  key: string;
  values: string[];
}

/** One parsed block of a script. */
export interface Block {
  /** 1-based line of the command, for error messages. */
  line: number;
  command: string;
  args: Arg[];
  input: string[];
  expected: string[];
  /** Line range [outputStart, outputEnd) of the expected output in the file (0-based). */
  outputStart: number;
  outputEnd: number;
}

const SEPARATOR = '----';

/** Splits a script into blocks; throws with the line number on a malformed file. */
export function parseScript(text: string, fileName: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) {
      i++;
      continue;
    }
    const commandLine = i;
    const { command, args } = parseCommandLine(raw, `${fileName}:${i + 1}`);
    const input: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== SEPARATOR) input.push(lines[i++]!);
    if (i >= lines.length) throw new Error(`${fileName}:${commandLine + 1}: '${command}' has no '${SEPARATOR}' line`);
    i++;
    const outputStart = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    blocks.push({
      line: commandLine + 1,
      command,
      args,
      input,
      expected: lines.slice(outputStart, i),
      outputStart,
      outputEnd: i,
    });
  }
  return blocks;
}

/** Tokenizes `name a b=c d=(e,f)`; parentheses may hold spaces after commas. */
export function parseCommandLine(line: string, where: string): { command: string; args: Arg[] } {
  const tokens: string[] = [];
  let current = '';
  let depth = 0;
  for (const ch of line.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new Error(`${where}: unbalanced ')' in '${line}'`);
    if (ch === ' ' && depth === 0) {
      if (current !== '') tokens.push(current);
      current = '';
    } else if (!(ch === ' ' && depth > 0)) {
      current += ch;
    }
  }
  if (depth !== 0) throw new Error(`${where}: unbalanced '(' in '${line}'`);
  if (current !== '') tokens.push(current);
  const [command, ...rest] = tokens;
  if (command === undefined) throw new Error(`${where}: empty command`);
  return { command, args: rest.map(parseArg) };
}

function parseArg(token: string): Arg {
  const eq = token.indexOf('=');
  if (eq < 0) return { key: token, values: [] };
  const key = token.slice(0, eq);
  let value = token.slice(eq + 1);
  if (value.startsWith('(') && value.endsWith(')')) {
    value = value.slice(1, -1);
    return { key, values: value === '' ? [] : value.split(',') };
  }
  return { key, values: [value] };
}

/** The result of running one file. */
export interface ScriptResult {
  /** Human-readable mismatches, each naming the file and line; empty when all match. */
  failures: string[];
  /** The file's text with every expected output replaced by the actual one. */
  rewritten: string;
}

/**
 * Runs every block through `run` (which returns the output lines) and compares.
 * An exception inside a command becomes an `error: ...` output line, so a crash in
 * the core shows up in the expected output instead of aborting the whole file.
 */
export function runScript(text: string, fileName: string, run: (block: Block) => string[]): ScriptResult {
  const lines = text.split('\n');
  const blocks = parseScript(text, fileName);
  const failures: string[] = [];
  const replacements: { start: number; end: number; lines: string[] }[] = [];
  for (const block of blocks) {
    let actual: string[];
    try {
      actual = run(block);
    } catch (err) {
      actual = [`error: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`];
    }
    if (actual.length === 0) actual = ['ok'];
    // A blank line would end the block early on the next read: make it visible instead.
    actual = actual.map((l) => (l.trim() === '' ? '.' : l));
    replacements.push({ start: block.outputStart, end: block.outputEnd, lines: actual });
    if (actual.join('\n') !== block.expected.join('\n')) {
      failures.push(describeMismatch(fileName, block, actual));
    }
  }
  for (const r of replacements.reverse()) lines.splice(r.start, r.end - r.start, ...r.lines);
  return { failures, rewritten: lines.join('\n') };
}

function describeMismatch(fileName: string, block: Block, actual: string[]): string {
  const header = `${fileName}:${block.line}: output of '${block.command}' differs (- expected, + actual):`;
  return [header, ...lineDiff(block.expected, actual)].join('\n');
}

/** A minimal line diff (longest common subsequence): enough to read a changed block. */
export function lineDiff(expected: string[], actual: string[]): string[] {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = expected[i] === actual[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) {
      out.push(`  ${expected[i++]}`);
      j++;
    } else if (i < n && (j >= m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Deletions before insertions, as unified diffs print them.
      out.push(`- ${expected[i++]}`);
    } else {
      out.push(`+ ${actual[j++]}`);
    }
  }
  return out;
}
