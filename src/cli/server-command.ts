import { ConfigError, type MemberConfig, type RunningMember, parseServerConfig, serverUsage, startMember } from '../server/index.js';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './args.js';

/**
 * 20 s for a graceful stop: the leader hand-off is bounded at a few seconds, then
 * open admin calls finish and the log is flushed. A stop that takes longer is stuck,
 * and a supervisor is better served by an exit than by a hang.
 */
export const SERVER_STOP_TIMEOUT_MS = 20_000;
/**
 * A second signal within 1 s of the first is the same Ctrl-C delivered twice (the
 * terminal signals the process group, and npm or tsx may relay it again), not an
 * operator asking to hurry.
 */
export const REPEATED_SIGNAL_WINDOW_MS = 1_000;
/** How often the process checks whether its Raft driver failed (a failed fsync, a broken invariant). */
const FAILURE_CHECK_MS = 500;

/**
 * `shoal server`: runs one member until SIGTERM or SIGINT, then stops it
 * gracefully (a leader hands leadership away first) and exits 0. A second signal
 * exits at once. A bad flag exits 2 with the flag named, before anything starts.
 * A member whose driver failed exits 1, so a supervisor restarts it from disk.
 */
export async function runServer(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(serverUsage());
    return EXIT_OK;
  }
  let config: MemberConfig;
  try {
    config = parseServerConfig(argv);
  } catch (err) {
    if (err instanceof ConfigError) return configFailure(err);
    throw err;
  }
  // A signal while the member starts (opening storage, loading code on a slow
  // machine) must not kill it half-way by default action: it is remembered, and the
  // member stops gracefully as soon as it has started. One listener stays installed
  // from here to exit and only what it calls changes: removing a listener and adding
  // another loses a signal that arrived in between but was not dispatched yet (CI
  // saw a member started, signalled, and never stopping).
  let signalDuringStart: NodeJS.Signals | null = null;
  let handleSignal = (signal: NodeJS.Signals): void => {
    signalDuringStart ??= signal;
  };
  const route = (signal: NodeJS.Signals): void => handleSignal(signal);
  process.on('SIGTERM', route);
  process.on('SIGINT', route);
  let member: RunningMember;
  try {
    member = await startMember(config);
  } catch (err) {
    if (err instanceof ConfigError) return configFailure(err);
    process.stderr.write(`shoal server: member ${config.id} could not start: ${(err as Error).message}\n`);
    return EXIT_FAILED;
  }
  return runUntilStopped(member, signalDuringStart, (handler) => {
    handleSignal = handler;
  });
}

function configFailure(err: ConfigError): number {
  process.stderr.write(`shoal server: ${err.message}\nrun "shoal server --help" to see every flag\n`);
  return EXIT_USAGE;
}

/** Runs until a signal (or a driver failure); `onSignals` installs the handler the routed signals reach. */
function runUntilStopped(member: RunningMember, signalDuringStart: NodeJS.Signals | null, onSignals: (handler: (signal: NodeJS.Signals) => void) => void): Promise<number> {
  return new Promise<number>((resolve) => {
    let firstSignalAt: number | null = null;
    const failureTimer = setInterval(() => {
      const failure = member.driver.failure;
      if (!failure) return;
      clearInterval(failureTimer);
      member.logger.error({ err: failure.message }, 'the Raft driver failed; exiting so a supervisor restarts this member from disk');
      resolve(EXIT_FAILED);
    }, FAILURE_CHECK_MS);
    const onSignal = (signal: NodeJS.Signals): void => {
      const now = Date.now();
      if (firstSignalAt !== null) {
        if (now - firstSignalAt < REPEATED_SIGNAL_WINDOW_MS) return;
        member.logger.warn({ signal }, 'second signal: exiting without finishing the graceful stop');
        resolve(EXIT_FAILED);
        return;
      }
      firstSignalAt = now;
      clearInterval(failureTimer);
      member.logger.info({ signal }, 'stopping gracefully (send the signal again to exit at once)');
      const deadline = setTimeout(() => {
        member.logger.error({ timeoutMs: SERVER_STOP_TIMEOUT_MS }, 'graceful stop took too long; exiting');
        resolve(EXIT_FAILED);
      }, SERVER_STOP_TIMEOUT_MS);
      deadline.unref();
      member.stop().then(
        () => resolve(EXIT_OK),
        (err: Error) => {
          member.logger.error({ err: err.message }, 'graceful stop failed');
          resolve(EXIT_FAILED);
        },
      );
    };
    onSignals(onSignal);
    if (signalDuringStart !== null) onSignal(signalDuringStart);
  });
}
