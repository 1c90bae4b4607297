/**
 * The demo volume `shoal cluster up` creates in a group that has no volume yet, so
 * a newcomer can write and read at once.
 */
import { AdminClient, AdminError } from '../client/index.js';

/** The demo volume's name (used in the banner's examples). */
export const DEMO_VOLUME_NAME = 'demo';
/** 64 MiB in 1 MiB pages: 64 pages, spread over the three members. */
export const DEMO_VOLUME_BYTES = 64 * 1024 * 1024;
/** Attempts to create it: the leader just won its election and may still be settling. */
const DEMO_CREATE_ATTEMPTS_MAX = 10;
const DEMO_CREATE_RETRY_MS = 500;

/** What happened: created now, or already there (the group had volumes), or why not. */
export type DemoVolumeOutcome = { created: boolean; volumes: number } | { error: string };

/** Creates the demo volume through `clientUrl` if the group has no volume. */
export async function ensureDemoVolume(clientUrl: string): Promise<DemoVolumeOutcome> {
  const client = new AdminClient({ endpoint: clientUrl });
  let lastError = '';
  try {
    for (let attempt = 0; attempt < DEMO_CREATE_ATTEMPTS_MAX; attempt++) {
      try {
        const { volumes } = await client.listVolumes({});
        if (volumes.length > 0) return { created: false, volumes: volumes.length };
        await client.createVolume({ name: DEMO_VOLUME_NAME, sizeBytes: DEMO_VOLUME_BYTES });
        return { created: true, volumes: 1 };
      } catch (err) {
        if (err instanceof AdminError && err.code === 'already_exists') return { created: false, volumes: 1 };
        lastError = err instanceof Error ? err.message : String(err);
        await new Promise((resolve) => setTimeout(resolve, DEMO_CREATE_RETRY_MS));
      }
    }
    return { error: lastError };
  } finally {
    await client.close();
  }
}
