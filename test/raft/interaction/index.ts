/**
 * Scripted interaction tests for the Raft core (RAFT.md item 2): datadriven files
 * in test/raft/testdata/ run against an InteractionEnv. See README.md here for the
 * commands and the output format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCommand } from './commands.js';
import { runScript } from './datadriven.js';
import { InteractionEnv } from './env.js';

export { InteractionEnv } from './env.js';
export { parseScript, runScript, lineDiff } from './datadriven.js';

/**
 * Runs one script file with a fresh group. With `rewrite`, the file's expected
 * outputs are replaced by the actual ones (and no failure is reported).
 * Returns the mismatches, each naming the file and line.
 */
export function runInteractionFile(path: string, displayName: string, rewrite: boolean): string[] {
  const text = readFileSync(path, 'utf8');
  const env = new InteractionEnv();
  const result = runScript(text, displayName, (block) => runCommand(env, block));
  if (rewrite) {
    if (result.rewritten !== text) writeFileSync(path, result.rewritten);
    return [];
  }
  return result.failures;
}
