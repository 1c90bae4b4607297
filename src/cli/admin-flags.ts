import { readFileSync } from 'node:fs';
import { AdminClient, AdminError } from '../client/index.js';
import { EXIT_FAILED, EXIT_OK, type FlagDef, type ParsedArgs, UsageError, stringFlag } from './args.js';

/** The member the admin commands talk to unless --endpoint says otherwise: n1 of `shoal cluster up`. */
export const DEFAULT_ENDPOINT = '127.0.0.1:7001';
/** The environment variable that may hold the admin token instead of --token-file. */
export const ADMIN_TOKEN_ENV = 'SHOAL_ADMIN_TOKEN';
/** A token file is one short line; refuse to read a large file by mistake. */
const TOKEN_FILE_BYTES_MAX = 4096;

/** The flags every admin command takes. */
export const ADMIN_FLAGS: FlagDef[] = [
  { name: 'endpoint', valueName: 'HOST:PORT', help: `any member's client address or URL (default ${DEFAULT_ENDPOINT})` },
  { name: 'token-file', valueName: 'FILE', help: `file with the admin token (or set ${ADMIN_TOKEN_ENV})` },
];

/** The --json switch of commands that can print machine-readable output. */
export const JSON_FLAG: FlagDef = { name: 'json', switch: true, help: 'print JSON instead of a table' };

/** The admin token from --token-file, else $SHOAL_ADMIN_TOKEN, else none. */
export function adminToken(args: ParsedArgs, usage: string): string | null {
  const file = args.flags.get('token-file');
  if (typeof file === 'string') {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new UsageError(`--token-file: cannot read "${file}": ${(err as Error).message}`, usage);
    }
    if (bytes.length > TOKEN_FILE_BYTES_MAX) throw new UsageError(`--token-file: "${file}" is over ${TOKEN_FILE_BYTES_MAX} bytes`, usage);
    return bytes.toString('utf8').trim();
  }
  const fromEnv = process.env[ADMIN_TOKEN_ENV]?.trim();
  return fromEnv ? fromEnv : null;
}

/** An AdminClient for --endpoint with the token; a malformed endpoint is a usage error. */
export function adminClientFor(args: ParsedArgs, usage: string): AdminClient {
  const token = adminToken(args, usage);
  try {
    return new AdminClient({ endpoint: stringFlag(args, 'endpoint', DEFAULT_ENDPOINT), token });
  } catch (err) {
    if (err instanceof AdminError) throw new UsageError(`--endpoint: ${err.message}`, usage);
    throw err;
  }
}

/**
 * Runs an admin command against a client and always closes it. An AdminError
 * becomes a one-line message on stderr (with a hint for the common causes) and
 * EXIT_FAILED; anything else is a bug and propagates.
 */
export async function withAdminClient(client: AdminClient, run: (client: AdminClient) => Promise<void>): Promise<number> {
  try {
    await run(client);
    return EXIT_OK;
  } catch (err) {
    if (!(err instanceof AdminError)) throw err;
    process.stderr.write(`shoal: ${err.code}: ${err.message}\n${hintFor(err)}`);
    return EXIT_FAILED;
  } finally {
    await client.close();
  }
}

function hintFor(err: AdminError): string {
  if (err.code === 'unauthenticated') return `hint: pass --token-file FILE or set ${ADMIN_TOKEN_ENV}\n`;
  if (err.code === 'unavailable' && err.status === null) {
    return `hint: is a member running there? \`npm start\` (shoal cluster up) serves ${DEFAULT_ENDPOINT}; choose another with --endpoint\n`;
  }
  return '';
}
