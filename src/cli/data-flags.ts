/**
 * What `shoal read` and `shoal write` share: the flags that choose the members and
 * the token, size flags, and running a command against a ShoalClient with its
 * failures printed as `shoal <command>: <code>: <message>`.
 */
import { ShoalClient, ShoalDataError } from '../client/index.js';
import { ADMIN_TOKEN_ENV, adminToken } from './admin-flags.js';
import { EXIT_FAILED, EXIT_OK, type FlagDef, type ParsedArgs, UsageError, stringFlag } from './args.js';
import { parseSize } from './size.js';

/** The members of `shoal cluster up` (npm start), tried in this order. */
export const DEFAULT_DATA_ENDPOINTS = '127.0.0.1:7001,127.0.0.1:7002,127.0.0.1:7003';

/** The flags every data command takes. */
export const DATA_FLAGS: FlagDef[] = [
  {
    name: 'endpoint',
    valueName: 'HOST:PORT[,...]',
    help: `members' client addresses or URLs, comma-separated, tried in order (default ${DEFAULT_DATA_ENDPOINTS})`,
  },
  { name: 'token-file', valueName: 'FILE', help: `file with a bearer token (or set ${ADMIN_TOKEN_ENV})` },
];

/** A failure of the command's own IO (stdin, stdout), printed without a code. */
export class LocalIoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalIoError';
  }
}

/** A ShoalClient for --endpoint and the token; a malformed address is a usage error naming --endpoint. */
export function shoalClientFor(args: ParsedArgs, usage: string): ShoalClient {
  const token = adminToken(args, usage);
  const members = stringFlag(args, 'endpoint', DEFAULT_DATA_ENDPOINTS)
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  try {
    return new ShoalClient({ members, token });
  } catch (err) {
    if (err instanceof ShoalDataError) throw new UsageError(`--endpoint: ${err.message}`, usage);
    throw err;
  }
}

/** A size flag (`4KiB`, `1MiB`, `4096`) in bytes, or `fallback` when not given. */
export function sizeFlag(args: ParsedArgs, name: string, usage: string, fallback: number | null): number | null {
  const text = stringFlag(args, name, '');
  if (text === '') return fallback;
  try {
    return parseSize(text);
  } catch (err) {
    throw new UsageError(`--${name}: ${(err as Error).message}`, usage);
  }
}

/**
 * Runs a data command and always closes the client. A ShoalDataError becomes
 * `shoal <command>: <code>: <message>` (with a hint for the common causes) and
 * EXIT_FAILED, as does a LocalIoError; anything else is a bug and propagates.
 */
export async function withShoalClient(command: string, client: ShoalClient, run: () => Promise<void>): Promise<number> {
  try {
    await run();
    return EXIT_OK;
  } catch (err) {
    if (err instanceof ShoalDataError) {
      process.stderr.write(`shoal ${command}: ${err.code}: ${err.message}\n${hintFor(err)}`);
    } else if (err instanceof LocalIoError) {
      process.stderr.write(`shoal ${command}: ${err.message}\n`);
    } else {
      throw err;
    }
    return EXIT_FAILED;
  } finally {
    await client.close();
  }
}

function hintFor(err: ShoalDataError): string {
  if (err.code === 'unauthenticated') return `hint: pass --token-file FILE or set ${ADMIN_TOKEN_ENV}\n`;
  if (err.code === 'not_found') return 'hint: `shoal volume ls` lists the volumes\n';
  if (err.code === 'unavailable' && err.status === null) {
    return `hint: is a member running there? \`npm start\` (shoal cluster up) serves ${DEFAULT_DATA_ENDPOINTS}; choose others with --endpoint\n`;
  }
  return '';
}
