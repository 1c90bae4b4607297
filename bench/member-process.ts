/**
 * One member for the group benchmark: the same config parsing and start-up as
 * `shoal server`, without the CLI around it, so the benchmark measures the server.
 */
import { parseServerConfig } from '../src/server/config.js';
import { startMember } from '../src/server/member.js';

const member = await startMember(parseServerConfig(process.argv.slice(2)));
const stop = (): void => {
  member.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
