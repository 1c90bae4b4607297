/**
 * The `shoal` command's entry point: runs the command line and exits with its
 * code. Exiting explicitly (rather than waiting for the event loop to drain) ends
 * the process even when a command leaves a keep-alive socket or timer behind.
 */
import { runCli } from './cli.js';

try {
  process.exit(await runCli(process.argv.slice(2)));
} catch (err) {
  process.stderr.write(`shoal: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
}
