/**
 * The data-path SDK in a few lines: writes 12 KiB across a page boundary of the
 * `demo` volume, reads it back, checks it, and says which member answered.
 *
 * Run it against the group `npm start` brings up (members on 127.0.0.1:7001-7003):
 *
 *     npx tsx docs/examples/sdk-example.ts [VOLUME]
 *
 * SHOAL_MEMBERS=host:port,host:port points it at another group.
 */
import { randomBytes } from 'node:crypto';
import diagnosticsChannel from 'node:diagnostics_channel';
import { MEMBER_CHANGE_CHANNEL, ShoalClient, ShoalDataError } from '../../src/client/index.js';

const volumeName = process.argv[2] ?? 'demo';
/** Pages are 1 MiB by default: starting 6 KiB before the first boundary, 12 KiB span two pages. */
const PAGE_BOUNDARY_BYTES = 1024 * 1024;
const offset = PAGE_BOUNDARY_BYTES - 6 * 1024;
const bytes = randomBytes(12 * 1024);

// Redirects and failovers are published, not logged: subscribe to see them.
diagnosticsChannel.subscribe(MEMBER_CHANGE_CHANNEL, (message) => {
  const { from, to, reason } = message as { from: string; to: string; reason: string };
  console.log(`moved from ${from} to ${to} (${reason})`);
});

const members = process.env.SHOAL_MEMBERS?.split(',') ?? ['127.0.0.1:7001', '127.0.0.1:7002', '127.0.0.1:7003'];
const client = new ShoalClient({ members });
try {
  const volume = client.volume(volumeName);
  await volume.write(offset, bytes);
  console.log(`wrote ${bytes.length} bytes at offset ${offset} of ${volumeName} via ${client.lastMemberId()} (${client.currentMember()})`);

  const back = await volume.read(offset, bytes.length);
  const same = Buffer.from(back).equals(bytes);
  console.log(`read ${back.length} bytes back via ${client.lastMemberId()} (${client.currentMember()}): ${same ? 'identical' : 'DIFFERENT'}`);
  if (!same) process.exitCode = 1;
} catch (err) {
  if (!(err instanceof ShoalDataError)) throw err;
  // Branch on err.code, never on the message: e.g. not_found when the volume does not exist.
  console.error(`${err.code}: ${err.message}${err.member ? ` (member ${err.member})` : ''}`);
  process.exitCode = 1;
} finally {
  await client.close();
}
